#!/usr/bin/env bash
# Failure drill: a node dies under load and comes back (docs/deploy.md, 故障演练).
#
#   scripts/drill-node.sh [SECONDS] [CONNECTIONS]        defaults 40 s, 16 connections
#
# Uses the cluster of scripts/cluster.sh (its settings: KECHUANG_CLUSTER_DIR, _HTTP, _NODE_PORT, _PG_PORT, KECHUANG_BIN):
# a running one with two healthy nodes behind nginx is reused, else `cluster.sh up 2` starts one with the demo (after
# removing what the failover drill left in that directory). Then
# scripts/load/failure.mjs drives CONNECTIONS workers through nginx (enterprise list, activity list, search, and one
# acknowledged write in four: POST /api/outreach/activities as py_staff) for SECONDS; at 10 s node1 is killed
# (SIGKILL), at 25 s started again; the load goes on until SECONDS and at least 10 s past node1's return to health
# (a start takes 10–35 s on a busy machine). PASS when the failed requests are no more than the connections (only those in
# flight at the kill may fail) and none was sent after the kill's second, node1 answers through nginx again after
# its restart without anything done by hand, and every acknowledged write is in the database (counted by id).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_LOAD=${1:-40}
CONNECTIONS=${2:-16}
STATE=${KECHUANG_CLUSTER_DIR:-/tmp/kechuang-cluster}
HTTP=${KECHUANG_CLUSTER_HTTP:-8080}
PG_PORT=${KECHUANG_CLUSTER_PG_PORT:-55432}
KILL_AT=${KECHUANG_DRILL_KILL_AT:-10}
BACK_AT=${KECHUANG_DRILL_BACK_AT:-25}
OUT=$STATE/drill-node-$(date +%Y%m%d-%H%M%S)
cluster() { scripts/cluster.sh "$@"; }
say() { echo "[drill-node] $*"; }
now_ms() { date +%s%3N; }
sleep_until() { local wait_ms=$(($1 - $(now_ms))); [ $wait_ms -le 0 ] || sleep "$(awk "BEGIN{print $wait_ms/1000}")"; }
command -v node >/dev/null || { echo "drill-node: node (>= 18) is needed: apt-get install nodejs" >&2; exit 2; }

healthy=$(cluster status 2>/dev/null | grep -c 'healthy' || true)
if [ "$healthy" -ge 2 ] && [ "$(cat "$STATE/nodes" 2>/dev/null)" = 2 ] && curl -fsS -o /dev/null "http://127.0.0.1:$HTTP/health"; then
  say "reusing the running cluster in $STATE"
else
  # The failover drill leaves a promoted standby and a dead primary behind: not a cluster to start again.
  if [ -f "$STATE/standby.on" ] && [ -d "$STATE/pg" ]; then
    say "$STATE holds the failover drill's servers: starting from a clean state"
    cluster down >/dev/null 2>&1 || true
    rm -rf "$STATE"
  fi
  cluster up 2
fi
psql_db() {
  local host=127.0.0.1 port=$PG_PORT
  # After the failover drill the standby may be the primary: ask whichever server takes writes.
  [ -f "$STATE/standby.on" ] && [ "$(psql -h $host -p $port -U postgres -d kechuang -qAtc 'SELECT pg_is_in_recovery()' 2>/dev/null)" != f ] && port=$((PG_PORT + 1))
  psql -h $host -p $port -U postgres -d kechuang -qAt -v ON_ERROR_STOP=1 "$@"
}

say "load: $CONNECTIONS connections for $SECONDS_LOAD s through http://127.0.0.1:$HTTP; node1 killed at ${KILL_AT} s, started at ${BACK_AT} s"
node scripts/load/failure.mjs load "http://127.0.0.1:$HTTP" $((SECONDS_LOAD + 180)) "$CONNECTIONS" "$OUT" mix &
LOAD=$!
until [ -s "$OUT/load.json" ]; do kill -0 $LOAD 2>/dev/null || { echo "the load did not start" >&2; exit 1; }; sleep 0.2; done
STARTED=$(grep -o '"started":[0-9]*' "$OUT/load.json" | grep -o '[0-9]*')

sleep_until $((STARTED + KILL_AT * 1000))
KILL_MS=$(now_ms)
cluster kill-node 1
KILL_DONE_MS=$(now_ms)

sleep_until $((STARTED + BACK_AT * 1000))
START_MS=$(now_ms)
( cluster start-node 1 > "$OUT/start-node.log" 2>&1 && now_ms > "$OUT/back.ms" ) &
STARTER=$!
wait $STARTER || { kill -TERM $LOAD; cat "$OUT/start-node.log"; echo "FAIL  drill-node: node1 did not start again"; exit 1; }
cat "$OUT/start-node.log"
BACK_MS=$(cat "$OUT/back.ms")
STOP_MS=$((STARTED + SECONDS_LOAD * 1000))
[ $STOP_MS -ge $((BACK_MS + 10000)) ] || STOP_MS=$((BACK_MS + 10000))
sleep_until $STOP_MS
kill -TERM $LOAD
wait $LOAD
say "node1 healthy again $(( (BACK_MS - START_MS) / 1000 )) s after start-node, at $(( (BACK_MS - STARTED) / 1000 )) s; load stopped at $(( (STOP_MS - STARTED) / 1000 )) s"

node scripts/load/failure.mjs report "$OUT" "$KILL_MS" "$KILL_DONE_MS" "$START_MS" node1 | tee "$OUT/report.txt"
summary=$(grep '^SUMMARY ' "$OUT/report.txt" | cut -d' ' -f2-)
field() { echo "$summary" | grep -o "\"$1\":[^,}]*" | cut -d: -f2; }

# node1 back through nginx: seen in the load after its restart, else on fresh requests (no route cookie, so nginx
# spreads them over the nodes) for up to 30 s more, without any step by hand.
seen=$(field backResponses)
if [ "$seen" = 0 ]; then
  for _ in $(seq 1 60); do
    if curl -fsS -o /dev/null -D - "http://127.0.0.1:$HTTP/health" | grep -qi '^x-kechuang-node: node1'; then
      seen="0 in the load (it ended first), a probe $(( ($(now_ms) - STARTED) / 1000 )) s after the load began found it"; break
    fi
    sleep 0.5
  done
fi

# Every acknowledged write, by id, in the database.
acked=$(wc -l < "$OUT/acked.txt")
present=$( { echo 'CREATE TEMP TABLE acked (id uuid);'; echo 'COPY acked FROM STDIN;'; cat "$OUT/acked.txt"; echo '\.';
             echo 'SELECT count(*) FROM acked a JOIN "OutreachActivities" o ON o."Id" = a.id;'; } | psql_db )
missing=$((acked - present))

requests=$(field requests); failed=$(field failed); after=$(field failedAfter)
figures="$requests requests, $failed failed (≤ $CONNECTIONS in flight allowed; $after sent after the kill's second); node1 healthy $(( (BACK_MS - START_MS) / 1000 )) s after start-node and then answered $seen requests through nginx (first at $(field backFirstS) s); acknowledged writes $acked, in the database $present, missing $missing; uptime:$(uptime | sed 's/.*load average//')"
if [ "$failed" -le "$CONNECTIONS" ] && [ "$after" = 0 ] && [ "$seen" != 0 ] && [ "$missing" = 0 ]; then
  echo "PASS  drill-node: $figures"
else
  echo "FAIL  drill-node: $figures"
  exit 1
fi

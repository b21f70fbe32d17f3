#!/usr/bin/env bash
# Failure drill: the PostgreSQL primary dies under a write load and the standby takes over (docs/deploy.md, 故障演练).
#
#   scripts/drill-failover.sh [SECONDS] [CONNECTIONS]    defaults 40 s, 8 connections
#
# Starts from a clean state: `cluster.sh down`, then removes its own KECHUANG_CLUSTER_DIR (a promoted standby cannot
# be reused), and `cluster.sh up 2 --standby`: the primary, a synchronous streaming standby, two nodes whose
# connection string lists both servers with Target Session Attributes=primary, nginx. scripts/load/failure.mjs then
# registers activities through nginx (POST /api/outreach/activities as py_staff) on CONNECTIONS workers for SECONDS,
# logging every acknowledged id; at 10 s `kill-primary` (pg_ctl -m immediate), 2 s later `promote`. Reports the
# failed window (first failed request to the first write acknowledged after the last failure), which nodes
# acknowledged writes after the promotion, and counts the acknowledged writes on the promoted server: PASS when none
# is missing and both nodes acknowledged writes after the promotion without a restart. Ends with `cluster.sh down` (KECHUANG_DRILL_KEEP=1 keeps the cluster running).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_LOAD=${1:-40}
CONNECTIONS=${2:-8}
STATE=${KECHUANG_CLUSTER_DIR:-/tmp/kechuang-cluster}
HTTP=${KECHUANG_CLUSTER_HTTP:-8080}
PG_PORT=${KECHUANG_CLUSTER_PG_PORT:-55432}
STANDBY_PORT=$((PG_PORT + 1))
KILL_AT=${KECHUANG_DRILL_KILL_AT:-10}
PROMOTE_AFTER=${KECHUANG_DRILL_PROMOTE_AFTER:-2}
cluster() { scripts/cluster.sh "$@"; }
say() { echo "[drill-failover] $*"; }
now_ms() { date +%s%3N; }
sleep_until() { local wait_ms=$(($1 - $(now_ms))); [ $wait_ms -le 0 ] || sleep "$(awk "BEGIN{print $wait_ms/1000}")"; }
command -v node >/dev/null || { echo "drill-failover: node (>= 18) is needed: apt-get install nodejs" >&2; exit 2; }

# A clean state: only a directory that is empty or one of cluster.sh's own is removed.
case "$STATE" in /|/tmp|/root|/home|"") echo "drill-failover: refusing to remove $STATE" >&2; exit 2;; esac
if [ -d "$STATE" ] && [ -n "$(ls -A "$STATE")" ] && [ ! -e "$STATE/nginx.conf" ] && [ ! -d "$STATE/pg" ]; then
  echo "drill-failover: $STATE is not a cluster.sh state directory; not removing it" >&2; exit 2
fi
cluster down >/dev/null 2>&1 || true
rm -rf "$STATE"
cluster up 2 --standby
OUT=$STATE/drill-failover-$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT"
psql_at() { psql -h 127.0.0.1 -p "$1" -U postgres -d kechuang -qAt -v ON_ERROR_STOP=1 "${@:2}"; }
grep -q "Target Session Attributes=primary" /proc/"$(cat "$STATE/node1.pid")"/cmdline \
  || { echo "FAIL  drill-failover: node1 was not given both servers"; exit 1; }
say "replication: $(psql_at "$PG_PORT" -c "SELECT application_name || ' ' || state || ' ' || sync_state FROM pg_stat_replication")"

say "write load: $CONNECTIONS connections for $SECONDS_LOAD s through http://127.0.0.1:$HTTP; primary killed at ${KILL_AT} s, standby promoted ${PROMOTE_AFTER} s later"
node scripts/load/failure.mjs load "http://127.0.0.1:$HTTP" "$SECONDS_LOAD" "$CONNECTIONS" "$OUT" writes &
LOAD=$!
until [ -s "$OUT/load.json" ]; do kill -0 $LOAD 2>/dev/null || { echo "the load did not start" >&2; exit 1; }; sleep 0.2; done
STARTED=$(grep -o '"started":[0-9]*' "$OUT/load.json" | grep -o '[0-9]*')

sleep_until $((STARTED + KILL_AT * 1000))
KILL_MS=$(now_ms)
cluster kill-primary
sleep "$PROMOTE_AFTER"

cluster promote
PROMOTED_MS=$(now_ms)
wait $LOAD

node scripts/load/failure.mjs report "$OUT" "$KILL_MS" | tee "$OUT/report.txt"
summary=$(grep '^SUMMARY ' "$OUT/report.txt" | cut -d' ' -f2-)
field() { echo "$summary" | grep -o "\"$1\":[^,}]*" | cut -d: -f2; }

acked=$(wc -l < "$OUT/acked.txt")
present=$( { echo 'CREATE TEMP TABLE acked (id uuid);'; echo 'COPY acked FROM STDIN;'; cat "$OUT/acked.txt"; echo '\.';
             echo 'SELECT count(*) FROM acked a JOIN "OutreachActivities" o ON o."Id" = a.id;'; } | psql_at "$STANDBY_PORT")
missing=$((acked - present))
after=$(awk -v t="$PROMOTED_MS" -F'"t1":' '/"status":201/ { split($2, a, /[,}]/); if (a[1] > t) n++ } END { print n + 0 }' "$OUT/requests.jsonl")
# The nodes that acknowledged writes after the promotion: each reconnected to the promoted server by itself.
back=$(awk -v t="$PROMOTED_MS" -F'"t1":' '/"status":201/ { split($2, a, /[,}]/); if (a[1] > t && match($0, /"node":"[^"]*"/)) seen[substr($0, RSTART, RLENGTH)] = 1 } END { print length(seen) }' "$OUT/requests.jsonl")

if [ "${KECHUANG_DRILL_KEEP:-0}" != 1 ]; then cluster down; fi

window=$(field failedWindowS)
figures="$(field writes) writes sent, $acked acknowledged ($after after the promotion), $(field failed) failed over a window of ${window} s (kill at ${KILL_AT} s, promote $(( (PROMOTED_MS - KILL_MS) / 1000 )) s after); acknowledged on the promoted server $present, missing $missing; nodes writing after the promotion $back/2; uptime:$(uptime | sed 's/.*load average//')"
if [ "$missing" = 0 ] && [ "$after" -gt 0 ] && [ "$back" -ge 2 ]; then
  echo "PASS  drill-failover: $figures"
else
  echo "FAIL  drill-failover: $figures"
  exit 1
fi

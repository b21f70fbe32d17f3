#!/usr/bin/env bash
# Backup drill (docs/deploy.md, 备份与恢复): `scripts/backup-drill.sh [sqlite|postgres]`.
# A demo database served by a running `kechuang serve --demo`, a write load of real commits (科普活动 recorded one
# after another through its REST API with curl), a `kechuang backup` taken while the load runs, a `kechuang restore` into an empty
# database verified against the backup's manifest, then a backup onto a full disk (a 1 MB tmpfs holding an older
# backup) that must fail cleanly. Ends with one PASS or FAIL line with the figures.
# Needs the .NET SDK; for postgres it starts its own throwaway PostgreSQL cluster (installing Debian's postgresql
# when run as root), as scripts/test.sh does. KECHUANG_DLL=path/kechuang.dll skips the build.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MODE=${1:-sqlite}
case "$MODE" in sqlite|postgres) ;; *) echo "用法：scripts/backup-drill.sh [sqlite|postgres]" >&2; exit 2 ;; esac
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 KECHUANG_ADMIN_PASSWORD=Drill-Admin-2026

WORK=$(mktemp -d /tmp/kechuang-backup-drill.XXXXXX)
SERVE_PID=""; LOAD_PID=""; PG_BIN=""; TINY=""
cleanup() {
  [ -n "$LOAD_PID" ] && kill "$LOAD_PID" 2>/dev/null && wait "$LOAD_PID" 2>/dev/null
  [ -n "$SERVE_PID" ] && kill "$SERVE_PID" 2>/dev/null && wait "$SERVE_PID" 2>/dev/null
  [ -n "$TINY" ] && mountpoint -q "$TINY" && umount "$TINY"
  [ -n "$PG_BIN" ] && as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAIL backup-drill $MODE: $*"; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
. scripts/lib/private-pg.sh   # relative to the repository root, where the script has moved

if [ -n "${KECHUANG_DLL:-}" ]; then
  DLL=$KECHUANG_DLL
else
  echo "== build"
  dotnet build src/Kechuang.Web -c Release -v quiet -nologo >"$WORK/build.log" 2>&1 || { grep -E "error" "$WORK/build.log" | sort -u; fail "build failed"; }
  DLL=$ROOT/src/Kechuang.Web/bin/Release/net10.0/kechuang.dll
fi
[ -f "$DLL" ] || fail "no build at $DLL"
k() { dotnet "$DLL" "$@"; }

if [ "$MODE" = postgres ]; then
  start_private_pg 55700
  DB="$SERVER;Database=kechuang"; RESTORED="$SERVER;Database=kechuang_restored"
  echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PGPORT (password authentication)"
else
  DB=$WORK/kechuang.db; RESTORED=$WORK/restored/kechuang.db
fi

# 1. A demo database, served.
PORT=5180
while (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; do PORT=$((PORT + 1)); done
echo "== serve --demo"
k serve --db "$DB" --urls "http://127.0.0.1:$PORT" --demo >"$WORK/serve.log" 2>&1 &
SERVE_PID=$!
for _ in $(seq 600); do
  grep -q "科创已启动" "$WORK/serve.log" && break
  kill -0 "$SERVE_PID" 2>/dev/null || { cat "$WORK/serve.log"; fail "serve exited"; }
  sleep 1
done
grep -q "科创已启动" "$WORK/serve.log" || fail "serve did not start within 10 minutes"
grep "科创已启动" "$WORK/serve.log"

# 2. An older backup, before any load: the full-disk step keeps it, and it gives the users before the load.
k backup --db "$DB" --out "$WORK/older.backup" >/dev/null || fail "first backup failed"
# The manifest is indented JSON: each table's "name" line is followed by its "rows" line.
activities_in() { grep -A1 '"name": "OutreachActivities"' "$1" | grep -o '"rows": [0-9]*' | grep -o '[0-9]*'; }
seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
BASE=$(activities_in "$WORK/older.backup.manifest.json")

# 3. The write load: 科普活动 recorded one after another through the running service's API (py_staff of 平阳县, a demo
# user), each logged when sent and when answered 201 (committed).
TOKEN=$(curl -s -X POST "http://127.0.0.1:$PORT/api/auth/token" -H 'Content-Type: application/json' \
  -d '{"userName":"py_staff","password":"kechuang2026"}' | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || fail "no API token for py_staff"
(
  i=0
  while true; do
    i=$((i + 1)); echo "start $i" >>"$WORK/load.log"
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/api/outreach/activities" \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d "{\"kind\":\"科普活动\",\"title\":\"备份演练 $i\",\"organisers\":\"县科技局\",\"place\":\"昆阳镇\",\"regionCode\":\"330326\",\"heldOn\":\"2025-05-20\",\"attendance\":$i}")
    if [ "$code" = 201 ]; then echo "done $i" >>"$WORK/load.log"; else echo "HTTP $code" >>"$WORK/load.err"; sleep 1; fi
  done
) &
LOAD_PID=$!
for _ in $(seq 300); do [ "$(grep -c '^done' "$WORK/load.log" 2>/dev/null)" -ge 3 ] && break; sleep 1; done
[ "$(grep -c '^done' "$WORK/load.log" 2>/dev/null)" -ge 3 ] || { cat "$WORK/load.err"; fail "the write load does not commit"; }

# 4. The backup under load.
DONE_BEFORE=$(grep -c '^done' "$WORK/load.log")
START=$(date +%s.%N)
k backup --db "$DB" --out "$WORK/drill.backup" >"$WORK/backup.out" 2>&1 || { cat "$WORK/backup.out"; fail "backup under load failed"; }
BACKUP_S=$(seconds_since "$START")
STARTED_AFTER=$(grep -c '^start' "$WORK/load.log"); DONE_AFTER=$(grep -c '^done' "$WORK/load.log")
cat "$WORK/backup.out"
# The load keeps committing after the backup, so the live database moves past the backup's point.
target=$((STARTED_AFTER + 5))
for _ in $(seq 120); do [ "$(grep -c '^done' "$WORK/load.log")" -ge "$target" ] && break; sleep 1; done
kill "$LOAD_PID"; wait "$LOAD_PID" 2>/dev/null; LOAD_PID=""
DONE_TOTAL=$(grep -c '^done' "$WORK/load.log")
ROWS_AT=$(activities_in "$WORK/drill.backup.manifest.json")
[ "$ROWS_AT" -ge $((BASE + DONE_BEFORE)) ] && [ "$ROWS_AT" -le $((BASE + STARTED_AFTER)) ] \
  || fail "the backup holds $ROWS_AT activities; it must hold between $((BASE + DONE_BEFORE)) and $((BASE + STARTED_AFTER))"
[ $((BASE + DONE_TOTAL)) -gt "$ROWS_AT" ] || fail "the load did not go on past the backup's point"
kill "$SERVE_PID"; wait "$SERVE_PID" 2>/dev/null; SERVE_PID=""

# 5. Restore into an empty database, verified against the manifest by the command itself.
START=$(date +%s.%N)
k restore --from "$WORK/drill.backup" --db "$RESTORED" >"$WORK/restore.out" 2>&1 || { cat "$WORK/restore.out"; fail "restore or its verification failed"; }
RESTORE_S=$(seconds_since "$START")
cat "$WORK/restore.out"
VERIFIED=$(grep -o "[0-9]* 张表行数与校验和一致" "$WORK/restore.out") || fail "no verification line"
TABLES=${VERIFIED%% *}
ROWS=$(grep -o '"rows": [0-9]*' "$WORK/drill.backup.manifest.json" | awk '{ s += $2 } END { print s }')
SIZE_KB=$(( $(stat -c %s "$WORK/drill.backup") / 1024 ))

# 6. A full disk: a 1 MB tmpfs holding an older backup (a 300 KB stand-in; the real ones do not fit in 1 MB).
TINY=$WORK/tiny; mkdir -p "$TINY"
if mount -t tmpfs -o size=1M tmpfs "$TINY" 2>/dev/null; then
  head -c 307200 "$WORK/older.backup" >"$TINY/monday.backup"
  BEFORE_SUM=$(sha256sum <"$TINY/monday.backup")
  k backup --db "$DB" --out "$TINY/tuesday.backup" >"$WORK/full.out" 2>&1; FULL_CODE=$?
  cat "$WORK/full.out"
  [ "$FULL_CODE" = 2 ] || fail "a backup onto a full disk exited $FULL_CODE, not 2"
  grep -q "磁盘空间不足" "$WORK/full.out" || fail "the full disk is not named in the message"
  ls "$TINY" | grep -q partial && fail "a .partial file was left on the full disk: $(ls "$TINY")"
  [ -e "$TINY/tuesday.backup" ] && fail "a half backup was left under its name"
  [ "$(sha256sum <"$TINY/monday.backup")" = "$BEFORE_SUM" ] || fail "the older backup changed"
  FULL="full disk refused cleanly (exit 2, no .partial, older backup unchanged)"
  umount "$TINY"
else
  FULL="full-disk step SKIPPED: mount -t tmpfs is not allowed here (needs root)"
fi

echo "PASS backup-drill $MODE: $TABLES tables, $ROWS rows at the backup's point ($SIZE_KB KB); backup $BACKUP_S s under a write load" \
  "(the API load committed $DONE_TOTAL activities, $((DONE_AFTER - DONE_BEFORE)) while the backup ran; the backup holds $((ROWS_AT - BASE)) of them); restore + verify $RESTORE_S s," \
  "every table's rows and checksum match; $FULL"

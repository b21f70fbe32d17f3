#!/usr/bin/env bash
# Upgrade drill (docs/deploy.md, 备份与恢复): `scripts/upgrade-drill.sh [sqlite|postgres] [COMMIT]`.
# Builds an earlier release from git history (COMMIT, default 20 commits before HEAD) in a temporary worktree, lets it
# make a demo database (`serve --demo` until 科创已启动), then runs THIS build's `migrate` on that database and checks
# that no table the old release had loses a row (tables seeded by migrate may grow, the derived name search index is
# rebuilt; both are named), and that this build serves it (/health answers 200).
# Row counts come from `kechuang backup` manifests taken before and after the migration. Ends with one PASS or FAIL
# line. Needs the .NET SDK and git; for postgres it starts its own throwaway PostgreSQL cluster as scripts/test.sh
# does. KECHUANG_DLL=path/kechuang.dll skips building this release.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MODE=${1:-sqlite}
case "$MODE" in sqlite|postgres) ;; *) echo "用法：scripts/upgrade-drill.sh [sqlite|postgres] [COMMIT]" >&2; exit 2 ;; esac
OLD=$(git rev-parse --short "${2:-HEAD~20}^{commit}") || { echo "找不到提交 ${2:-HEAD~20}" >&2; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 KECHUANG_ADMIN_PASSWORD=Drill-Admin-2026

WORK=$(mktemp -d /tmp/kechuang-upgrade-drill.XXXXXX)
SERVE_PID=""; PG_BIN=""
cleanup() {
  [ -n "$SERVE_PID" ] && kill "$SERVE_PID" 2>/dev/null && wait "$SERVE_PID" 2>/dev/null
  [ -n "$PG_BIN" ] && as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate stop >/dev/null 2>&1
  git -C "$ROOT" worktree remove --force "$WORK/old" >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAIL upgrade-drill $MODE from $OLD: $*"; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
. scripts/lib/private-pg.sh   # relative to the repository root, where the script has moved

echo "== the earlier release: $(git log -1 --format='%h %cs %s' "$OLD" | cut -c1-100)"
git worktree add --detach "$WORK/old" "$OLD" >/dev/null 2>&1 || fail "git worktree add $OLD failed"
dotnet build "$WORK/old/src/Kechuang.Web" -c Release -v quiet -nologo >"$WORK/build-old.log" 2>&1 \
  || { grep error "$WORK/build-old.log" | sort -u | head; fail "the earlier release does not build"; }
OLD_DLL=$WORK/old/src/Kechuang.Web/bin/Release/net10.0/kechuang.dll
if [ -n "${KECHUANG_DLL:-}" ]; then
  DLL=$KECHUANG_DLL
else
  echo "== this release: build"
  dotnet build src/Kechuang.Web -c Release -v quiet -nologo >"$WORK/build.log" 2>&1 || { grep error "$WORK/build.log" | sort -u; fail "build failed"; }
  DLL=$ROOT/src/Kechuang.Web/bin/Release/net10.0/kechuang.dll
fi

if [ "$MODE" = postgres ]; then
  start_private_pg 55800
  DB="$SERVER;Database=kechuang"
else
  DB=$WORK/kechuang.db
fi
PORT=5280
while (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; do PORT=$((PORT + 1)); done

# Serves until the start line (or /health with a build that prints none), then stops; $1 the dll, $2 extra options.
serve_once() {
  dotnet "$1" serve --db "$DB" --urls "http://127.0.0.1:$PORT" $2 >"$WORK/serve.log" 2>&1 &
  SERVE_PID=$!
  for _ in $(seq 900); do
    grep -q "科创已启动" "$WORK/serve.log" && break
    kill -0 "$SERVE_PID" 2>/dev/null || { tail -20 "$WORK/serve.log"; fail "serve exited"; }
    sleep 1
  done
  grep -q "科创已启动" "$WORK/serve.log" || fail "serve did not start within 15 minutes"
  HEALTH=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health" 2>/dev/null || echo none)
  kill "$SERVE_PID"; wait "$SERVE_PID" 2>/dev/null; SERVE_PID=""
}

# name<TAB>rows for every table in a manifest (indented JSON: "name" then "rows" on the next line).
rows_of() { awk -F'"' '/"name":/ { name = $4 } /"rows":/ { gsub(/[^0-9]/, "", $3); print name "\t" $3 }' "$1" | sort; }

echo "== the earlier release makes a demo database"
serve_once "$OLD_DLL" --demo
dotnet "$DLL" backup --db "$DB" --out "$WORK/before.backup" >/dev/null || fail "backup of the earlier release's database failed"
START=$(date +%s.%N)
dotnet "$DLL" migrate --db "$DB" >"$WORK/migrate.out" 2>&1 || { cat "$WORK/migrate.out"; fail "this release's migrate failed"; }
MIGRATE_S=$(awk -v a="$START" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
dotnet "$DLL" backup --db "$DB" --out "$WORK/after.backup" >/dev/null || fail "backup after the migration failed"
FROM=$(grep -o '"migration": "[^"]*"' "$WORK/before.backup.manifest.json" | cut -d'"' -f4)
TO=$(grep -o '"migration": "[^"]*"' "$WORK/after.backup.manifest.json" | cut -d'"' -f4)

rows_of "$WORK/before.backup.manifest.json" >"$WORK/before.tsv"
rows_of "$WORK/after.backup.manifest.json" >"$WORK/after.tsv"
# Every table of the earlier release, its rows before and after. No table may lose rows, except the name search index
# (EnterpriseSearch*, EnterpriseNameSearch_*: derived from Enterprises and rebuilt by catch-up, ADR 0009; its pending
# queue drains). Tables that grew are named in the result: migrations and `migrate` seed reference rows (indicators,
# the migration history).
join -t $'\t' -a 1 -e MISSING -o 0,1.2,2.2 "$WORK/before.tsv" "$WORK/after.tsv" >"$WORK/compare.tsv"
DERIVED='^(EnterpriseSearch|EnterpriseNameSearch)'
LOST=$(awk -F'\t' -v d="$DERIVED" '$1 !~ d && ($3 == "MISSING" || $3 + 0 < $2 + 0) { print $1 " " $2 "→" $3 }' "$WORK/compare.tsv")
GREW=$(awk -F'\t' -v d="$DERIVED" '$1 !~ d && $3 + 0 > $2 + 0 { printf "%s%s %s→%s", sep, $1, $2, $3; sep = ", " }' "$WORK/compare.tsv")
KEPT=$(awk -F'\t' -v d="$DERIVED" '$1 !~ d && $3 == $2' "$WORK/compare.tsv" | wc -l)
INDEX=$(awk -F'\t' -v d="$DERIVED" '$1 ~ d' "$WORK/compare.tsv" | wc -l)
TABLES=$(wc -l <"$WORK/before.tsv"); NEW_TABLES=$(( $(wc -l <"$WORK/after.tsv") - TABLES ))
ROWS=$(awk -F'\t' -v d="$DERIVED" '$1 !~ d { s += $2 } END { print s }' "$WORK/compare.tsv")
[ -z "$LOST" ] || fail "tables that lost rows or vanished in the migration: $(echo "$LOST" | tr '\n' ';')"

echo "== this release serves the migrated database"
serve_once "$DLL" ""
[ "$HEALTH" = 200 ] || fail "/health answered $HEALTH after the migration"
echo "PASS upgrade-drill $MODE: $OLD ($FROM) → this build ($TO), migrate $MIGRATE_S s; of the earlier release's $TABLES tables" \
  "($ROWS rows outside the search index) none lost a row: $KEPT kept their count, grew: ${GREW:-none}; $INDEX search-index tables rebuilt;" \
  "$NEW_TABLES new tables; /health 200 on the migrated database"

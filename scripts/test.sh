#!/usr/bin/env bash
# Runs every test project and prints one plain "N passed, N failed" line.
# Installs what it needs when run as root (Debian chromium, fonts-noto-cjk, postgresql, libreoffice-writer-nogui,
# poppler-utils, nginx-light), starts a private PostgreSQL cluster for the PostgreSQL half of the tests, and stops it again
# whatever happens.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
# The work summary's PDF goes through LibreOffice; its test reads the PDF's text back with pdftotext.
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# The two-node test runs scripts/cluster.sh's nginx in front of two nodes.
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$PG_BIN" ] || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "== installing ${need[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null || { echo "apt-get install failed"; exit 1; }
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  else
    echo "missing ${need[*]}: run as root or install them first" >&2
    exit 1
  fi
fi

# A private PostgreSQL cluster on a free port; the postgres user runs it when we are root.
PGDIR=$(mktemp -d /tmp/kechuang-pg.XXXXXX)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$PGDIR"
PGPORT=55433
while (exec 3<>/dev/tcp/127.0.0.1/$PGPORT) 2>/dev/null; do PGPORT=$((PGPORT + 1)); done
stop_pg() { as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1; rm -rf "$PGDIR"; }
trap stop_pg EXIT
as_pg "$PG_BIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null || { echo "initdb failed"; exit 1; }
as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/data/server.log" -w \
  -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300" start >/dev/null \
  || { echo "PostgreSQL did not start"; cat "$PGDIR/data/server.log"; exit 1; }
export KECHUANG_TEST_PG="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Password=postgres"
echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PGPORT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "== build"
dotnet build Kechuang.slnx -c Release -v quiet -nologo 2>&1 | grep -E "error|Warn|warn" | sort -u
[ "${PIPESTATUS[0]}" = 0 ] || { echo "0 passed, 1 failed"; exit 1; }

RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"
status=0
for project in tests/*/; do
  name=$(basename "$project")
  echo "== $name"
  dotnet test "$project" -c Release --no-build --nologo --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$RESULTS" || status=1
  [ -f "$RESULTS/$name.trx" ] || { echo "no results from $name"; status=1; }
done

# Sum the counters of every results file.
read -r passed failed < <(cat "$RESULTS"/*.trx 2>/dev/null | grep -o '<Counters [^>]*' \
  | awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]);
           if (kv[1] == "passed") p += kv[2]; if (kv[1] == "failed") f += kv[2]; } }
         END { print p + 0, f + 0 }')
[ "$status" = 0 ] || [ "$failed" -gt 0 ] || failed=1
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$status" = 0 ]

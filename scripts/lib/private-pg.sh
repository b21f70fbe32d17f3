# Sourced by the drills: a throwaway PostgreSQL cluster under $WORK/pg with password authentication (so the drills
# exercise the password path the commands hand to pg_dump), on the first free port from the one given.
# Needs the caller's fail() and as_pg(); sets PG_BIN, PGPORT and SERVER (a connection string without a database).
start_private_pg() { # FIRST_PORT
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$PG_BIN" ]; then
    [ "$(id -u)" = 0 ] || fail "PostgreSQL is not installed: run as root or install postgresql"
    echo "== installing postgresql"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || fail "apt-get install postgresql failed"
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  mkdir -p "$WORK/pg"; chmod 755 "$WORK"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$WORK/pg"
  PGPORT=$1
  while (exec 3<>/dev/tcp/127.0.0.1/$PGPORT) 2>/dev/null; do PGPORT=$((PGPORT + 1)); done
  echo drill-pg-2026 >"$WORK/pg/password"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$WORK/pg/password"
  as_pg "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres --auth=md5 --pwfile="$WORK/pg/password" -E UTF8 --locale=C.UTF-8 >/dev/null \
    || fail "initdb failed"
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/data/server.log" -w \
    -o "-p $PGPORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null || fail "PostgreSQL did not start"
  SERVER="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Password=drill-pg-2026"
}

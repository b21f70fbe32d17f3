#!/usr/bin/env bash
# Several kechuang nodes on one PostgreSQL behind nginx, on this machine's loopback (docs/deploy.md, ADR 0024).
#
#   scripts/cluster.sh up [N] [--no-demo] [--standby]   PostgreSQL, N nodes (default 2), nginx on 127.0.0.1:8080
#   scripts/cluster.sh stop-node I | kill-node I | start-node I
#   scripts/cluster.sh kill-primary | promote           the standby drill (up --standby first)
#   scripts/cluster.sh status | down
#
# Installs nginx and PostgreSQL from Debian when run as root and they are missing; builds kechuang once.
# Settings (environment): KECHUANG_CLUSTER_DIR (state, default /tmp/kechuang-cluster), KECHUANG_CLUSTER_HTTP (8080),
# KECHUANG_CLUSTER_NODE_PORT (first node's port, 5101), KECHUANG_CLUSTER_PG_PORT (55432; the standby uses the next),
# KECHUANG_CLUSTER_DB (an existing PostgreSQL connection string instead of a cluster of our own), KECHUANG_BIN
# (a built kechuang.dll), KECHUANG_ADMIN_PASSWORD (the first admin's password on an empty database).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STATE=${KECHUANG_CLUSTER_DIR:-/tmp/kechuang-cluster}
HTTP_PORT=${KECHUANG_CLUSTER_HTTP:-8080}
NODE_PORT=${KECHUANG_CLUSTER_NODE_PORT:-5101}
PG_PORT=${KECHUANG_CLUSTER_PG_PORT:-55432}
STANDBY_PORT=$((PG_PORT + 1))
BIN=${KECHUANG_BIN:-$ROOT/src/Kechuang.Web/bin/Release/net10.0/kechuang.dll}
mkdir -p "$STATE"

say() { echo "[cluster] $*"; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_missing() {
  local need=()
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
  [ -n "${KECHUANG_CLUSTER_DB:-}" ] || [ -n "$(pg_bin)" ] || need+=(postgresql)
  command -v curl >/dev/null 2>&1 || need+=(curl)
  if [ ${#need[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || { echo "缺少 ${need[*]}：请以 root 运行或先安装" >&2; exit 2; }
    say "installing ${need[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
}

build() {
  if [ ! -f "$BIN" ]; then
    say "building kechuang (Release)"
    dotnet build "$ROOT/src/Kechuang.Web" -c Release -v quiet -nologo >/dev/null
  fi
}

# The nodes' connection string: both servers once a standby exists, and Npgsql finds the one that takes writes.
db_connection() {
  if [ -n "${KECHUANG_CLUSTER_DB:-}" ]; then echo "$KECHUANG_CLUSTER_DB"; return; fi
  if [ -f "$STATE/standby.on" ]; then
    # Npgsql remembers a server found down or read-only for Host Recheck Seconds (10 by default) and answers "No
    # suitable host" meanwhile: 2 s lets the writes resume soon after the standby is promoted (docs/deploy.md, 故障演练).
    echo "Host=127.0.0.1:$PG_PORT,127.0.0.1:$STANDBY_PORT;Target Session Attributes=primary;Host Recheck Seconds=${KECHUANG_CLUSTER_HOST_RECHECK:-2};Database=kechuang;Username=postgres;Password=postgres;Timeout=5"
  else
    echo "Host=127.0.0.1;Port=$PG_PORT;Database=kechuang;Username=postgres;Password=postgres;Timeout=5"
  fi
}

pg_start() { # DIR PORT
  as_pg "$(pg_bin)/pg_ctl" -D "$1" -l "$1.log" -w -o "-p $2 -k $STATE -c listen_addresses=127.0.0.1" start >/dev/null
}

start_postgres() {
  [ -z "${KECHUANG_CLUSTER_DB:-}" ] || return 0
  [ "$(id -u)" = 0 ] && chown postgres "$STATE"
  if [ ! -d "$STATE/pg" ]; then
    as_pg "$(pg_bin)/initdb" -D "$STATE/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    # Streaming replication to a standby, synchronous: a commit is acknowledged once the standby has it, so a
    # promoted standby holds every acknowledged write (the failover drill counts them).
    cat >> "$STATE/pg/postgresql.conf" <<EOF
max_connections = 400
shared_buffers = 256MB
wal_level = replica
max_wal_senders = 4
hot_standby = on
EOF
    echo "host replication postgres 127.0.0.1/32 trust" >> "$STATE/pg/pg_hba.conf"
  fi
  as_pg "$(pg_bin)/pg_ctl" -D "$STATE/pg" status >/dev/null 2>&1 || pg_start "$STATE/pg" "$PG_PORT"
  say "PostgreSQL on 127.0.0.1:$PG_PORT"
}

start_standby() {
  if [ ! -d "$STATE/standby" ]; then
    # The standby's name, which synchronous_standby_names waits for, goes into the primary_conninfo that -R writes.
    as_pg "$(pg_bin)/pg_basebackup" -d "host=127.0.0.1 port=$PG_PORT user=postgres application_name=standby" -D "$STATE/standby" -R -X stream >/dev/null
  fi
  as_pg "$(pg_bin)/pg_ctl" -D "$STATE/standby" status >/dev/null 2>&1 || pg_start "$STATE/standby" "$STANDBY_PORT"
  as_pg "$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qAt -c "ALTER SYSTEM SET synchronous_standby_names = 'standby'" -c "SELECT pg_reload_conf()" >/dev/null
  touch "$STATE/standby.on"
  say "standby on 127.0.0.1:$STANDBY_PORT (synchronous)"
}

node_pid() { cat "$STATE/node$1.pid" 2>/dev/null || true; }
node_alive() { local pid; pid=$(node_pid "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

wait_health() { # URL SECONDS
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$1/health" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 1
  done
}

start_node() { # I [--demo]
  local i=$1 port=$((NODE_PORT + $1 - 1))
  if node_alive "$i"; then say "node$i already running"; return; fi
  local extra=()
  [ "${2:-}" = "--demo" ] && extra+=(--demo)
  ( cd "$STATE" && exec nohup dotnet "$BIN" serve --db "$(db_connection)" --urls "http://127.0.0.1:$port" "${extra[@]}" \
      --Kechuang:Node=node$i --Kechuang:BehindProxy=true >> "$STATE/node$i.log" 2>&1 ) &
  echo $! > "$STATE/node$i.pid"
  if ! wait_health "http://127.0.0.1:$port" 600; then
    say "node$i did not become healthy; last lines of $STATE/node$i.log:"; tail -n 20 "$STATE/node$i.log"; exit 1
  fi
  say "node$i on 127.0.0.1:$port (pid $(node_pid "$i"))"
}

stop_node() { # I SIGNAL
  local pid; pid=$(node_pid "$1")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "-$2" "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    say "node$1 stopped ($2)"
  else
    say "node$1 is not running"
  fi
  rm -f "$STATE/node$1.pid"
}

# nginx: sticky per browser by a route cookie it sets itself (Blazor circuits live on one node), the next node for a
# failed idempotent request, WebSockets, the upload limit, and the client's address forwarded to the audit log.
write_nginx_conf() { # N
  mkdir -p "$STATE/nginx-temp"; chmod 777 "$STATE/nginx-temp"
  local servers="" i
  for i in $(seq 1 "$1"); do
    servers+="        server 127.0.0.1:$((NODE_PORT + i - 1)) max_fails=1 fail_timeout=10s;"$'\n'
  done
  cat > "$STATE/nginx.conf" <<EOF
worker_processes 2;
pid $STATE/nginx.pid;
error_log $STATE/nginx-error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $STATE/nginx-temp/body;
    proxy_temp_path $STATE/nginx-temp/proxy;
    fastcgi_temp_path $STATE/nginx-temp/fastcgi;
    uwsgi_temp_path $STATE/nginx-temp/uwsgi;
    scgi_temp_path $STATE/nginx-temp/scgi;
    # The largest upload the application takes (a contract file of 200 MB plus the form); larger ones get 413 here.
    client_max_body_size 210m;

    map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }
    # A browser's route: its cookie, or this request's id, which the response then sets as the cookie.
    map \$cookie_kechuang_route \$kechuang_route { '' \$request_id; default \$cookie_kechuang_route; }
    map \$cookie_kechuang_route \$kechuang_route_cookie { '' "kechuang_route=\$request_id; Path=/; HttpOnly; SameSite=Lax"; default ''; }

    upstream kechuang {
        hash \$kechuang_route consistent;
$servers        keepalive 64;
    }

    server {
        listen 127.0.0.1:$HTTP_PORT;
        location = /metrics { return 404; }
        location / {
            proxy_pass http://kechuang;
            proxy_http_version 1.1;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            add_header Set-Cookie \$kechuang_route_cookie always;
            # Only idempotent requests go on to the next node (nginx never retries a POST unless told to).
            proxy_next_upstream error timeout http_502 http_503 http_504;
            proxy_next_upstream_tries 2;
            proxy_connect_timeout 2s;
            # Blazor's WebSocket and a long import stay open.
            proxy_read_timeout 600s;
            proxy_send_timeout 600s;
        }
    }
}
EOF
}

nginx_bin() { command -v nginx 2>/dev/null || echo /usr/sbin/nginx; }

start_nginx() { # N
  write_nginx_conf "$1"
  if [ -f "$STATE/nginx.pid" ] && kill -0 "$(cat "$STATE/nginx.pid")" 2>/dev/null; then
    "$(nginx_bin)" -c "$STATE/nginx.conf" -p "$STATE" -s reload
  else
    "$(nginx_bin)" -c "$STATE/nginx.conf" -p "$STATE"
  fi
  echo "$1" > "$STATE/nodes"
  say "nginx on http://127.0.0.1:$HTTP_PORT → $1 nodes"
}

cmd=${1:-status}
shift || true
case "$cmd" in
  up)
    n=2; demo=--demo; standby=0
    for a in "$@"; do
      case "$a" in
        --no-demo) demo="";;
        --standby) standby=1;;
        [0-9]*) n=$a;;
        *) echo "未知的参数：$a" >&2; exit 2;;
      esac
    done
    install_missing
    build
    start_postgres
    [ "$standby" = 1 ] && start_standby
    # The first node migrates (and loads the demo into an empty database) before the others start.
    start_node 1 $demo
    for i in $(seq 2 "$n"); do start_node "$i"; done
    start_nginx "$n"
    ;;
  start-node) build; start_node "$1";;
  stop-node) stop_node "$1" TERM;;
  kill-node) stop_node "$1" KILL;;
  kill-primary)
    as_pg "$(pg_bin)/pg_ctl" -D "$STATE/pg" -m immediate stop >/dev/null
    say "primary killed"
    ;;
  promote)
    as_pg "$(pg_bin)/pg_ctl" -D "$STATE/standby" -w promote >/dev/null
    say "standby promoted: it now takes writes on 127.0.0.1:$STANDBY_PORT"
    ;;
  status)
    for f in "$STATE"/node*.pid; do
      [ -e "$f" ] || continue
      i=${f##*/node}; i=${i%.pid}
      port=$((NODE_PORT + i - 1))
      if curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null; then echo "node$i 127.0.0.1:$port healthy"; else echo "node$i 127.0.0.1:$port DOWN"; fi
    done
    curl -fsS -o /dev/null -D - "http://127.0.0.1:$HTTP_PORT/health" 2>/dev/null | grep -i '^x-kechuang-node' || echo "nginx 127.0.0.1:$HTTP_PORT DOWN"
    ;;
  down)
    [ -f "$STATE/nginx.pid" ] && "$(nginx_bin)" -c "$STATE/nginx.conf" -p "$STATE" -s quit 2>/dev/null || true
    for f in "$STATE"/node*.pid; do
      [ -e "$f" ] || continue
      i=${f##*/node}; i=${i%.pid}
      stop_node "$i" TERM
    done
    if [ -z "${KECHUANG_CLUSTER_DB:-}" ] && [ -n "$(pg_bin)" ]; then
      for d in pg standby; do
        [ -d "$STATE/$d" ] && as_pg "$(pg_bin)/pg_ctl" -D "$STATE/$d" -m fast stop >/dev/null 2>&1 || true
      done
    fi
    say "down (state kept in $STATE; remove it for a clean start)"
    ;;
  *)
    sed -n '2,12p' "$0"; exit 2;;
esac

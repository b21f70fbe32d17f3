#!/usr/bin/env bash
# The load drill (docs/deploy.md, 省级数据与压力测试): autocannon (npm, pinned in scripts/load/package-lock.json) drives
# logged-in reads and writes against BASE_URL for DURATION_S seconds over CONNECTIONS connections, after a one-user
# run of each endpoint; prints per-endpoint figures, CPU seconds of the node processes PIDS, PASS/FAIL per goal, and
# writes the report as JSON (KECHUANG_DRILL_OUT, default artifacts/load/drill-<time>.json).
#   scripts/load-drill.sh http://127.0.0.1:5400 60 200 "$(pgrep -f 'kechuang.dll serve' | head -1)"
# The users are the province bench's (s<code> staff, l<code> leaders, password KECHUANG_DRILL_PASSWORD or kechuang2026).
set -euo pipefail
if [[ $# -lt 1 ]]; then
  echo "usage: $0 BASE_URL [DURATION_S] [CONNECTIONS] [PIDS...]" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
command -v node >/dev/null || { echo "load-drill: node (>= 18) is needed: apt-get install nodejs npm" >&2; exit 2; }
(cd "$root/scripts/load" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
cd "$root"
exec node scripts/load/drill.mjs "$@"

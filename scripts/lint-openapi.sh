#!/usr/bin/env bash
# Lints the OpenAPI document with Redocly's recommended rules (npm @redocly/cli); starts no server itself.
#   scripts/lint-openapi.sh FILE.json   lints that file (e.g. curl -s http://127.0.0.1:5080/openapi/v1.json > FILE.json)
#   scripts/lint-openapi.sh             has the API tests write the document of their in-memory host, then lints it
# Exits non-zero when Redocly reports an error; warnings are printed but pass.
set -euo pipefail
cd "$(dirname "$0")/.."
REDOCLY=@redocly/cli@2.77.0

file=${1:-}
if [ -z "$file" ]; then
  file=artifacts/openapi/v1.json
  mkdir -p "$(dirname "$file")"
  rm -f "$file"
  KECHUANG_OPENAPI_OUT="$PWD/$file" dotnet test tests/Kechuang.Web.Tests --nologo -v q \
    --filter "FullyQualifiedName~SqliteOpenApiTests.Document_EveryOperation" >/dev/null
  [ -s "$file" ] || { echo "the test did not write $file" >&2; exit 1; }
fi
npx -y "$REDOCLY" lint "$file" --format=summary --max-problems 1000 2>&1 | grep -E '^(error|warning) |Validation|valid' || true
npx -y "$REDOCLY" lint "$file" --format=summary >/dev/null 2>&1

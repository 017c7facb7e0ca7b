#!/usr/bin/env bash
# Runs the bot locally on a fresh machine (.NET SDK, Node.js and npm present): installs the pinned
# npm tools, starts Azurite (table storage, data kept in .azurite/) on 127.0.0.1:10002, and serves the
# bot on http://localhost:3978 in the Development environment with the demo company from config/seed.demo.json.
# Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

[ -x node_modules/.bin/azurite-table ] || npm ci --no-audit --no-fund --loglevel=error
dotnet build src/PostApprovalBot.Host -nologo -clp:ErrorsOnly -v quiet

table_port=${AZURITE_TABLE_PORT:-10002}
mkdir -p .azurite
node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort "$table_port" --location .azurite \
  --skipApiVersionCheck --disableTelemetry > .azurite/azurite.log 2>&1 &
azurite_pid=$!
bot_pid=""
cleanup() {
  [ -n "$bot_pid" ] && kill "$bot_pid" 2>/dev/null || true
  kill "$azurite_pid" 2>/dev/null || true
}
trap cleanup EXIT INT TERM

for _ in $(seq 1 100); do
  grep -q "successfully started" .azurite/azurite.log 2>/dev/null && break
  kill -0 "$azurite_pid" 2>/dev/null || { cat .azurite/azurite.log >&2; echo "Azurite did not start (is port $table_port free? set AZURITE_TABLE_PORT)." >&2; exit 1; }
  sleep 0.2
done

key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://localhost:3978}

# Started from its own binary in the project folder (the content root), so the PID we hold is the bot's.
cd "$root/src/PostApprovalBot.Host"
dotnet bin/Debug/net10.0/PostApprovalBot.Host.dll &
bot_pid=$!
echo "Azurite tables on 127.0.0.1:$table_port (data in .azurite/); bot on $ASPNETCORE_URLS (web view: $ASPNETCORE_URLS/web; liveness: $ASPNETCORE_URLS/healthz, readiness: $ASPNETCORE_URLS/readyz)"
wait "$bot_pid"

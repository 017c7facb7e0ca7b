#!/usr/bin/env bash
# The load benchmark (issue 11): Azurite from node_modules, the real host in process with Teams authentication
# and Slack signing on, loopback stand-ins for the Bot Connector and the Slack Web API.
#   bash scripts/bench.sh                      # 300 posts, 100 concurrent clients, then 1,000 vs 10,000 drafts in storage
#   bash scripts/bench.sh --drafts 100 --concurrency 20 --skip-scale
# Options: --drafts N --concurrency C --probe-posts P --scale N1,N2 --skip-load --skip-scale
# Prints a plain-text report (also kept in artifacts/bench/last.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Many drafts in Azurite's in-memory store need more than node's default heap.
export NODE_OPTIONS="${NODE_OPTIONS:---max-old-space-size=8192}"
[ -x node_modules/.bin/azurite-table ] || npm ci --no-audit --no-fund --loglevel=error
dotnet build bench/PostApprovalBot.Bench/PostApprovalBot.Bench.csproj -c Release -nologo -clp:ErrorsOnly
mkdir -p artifacts/bench
dotnet bench/PostApprovalBot.Bench/bin/Release/net10.0/PostApprovalBot.Bench.dll "$@" | tee artifacts/bench/last.txt

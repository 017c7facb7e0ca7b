#!/usr/bin/env bash
# The load and burst benchmark (issues 11 and 15): Azurite from node_modules, the real host in process with Teams
# authentication and Slack signing on, loopback stand-ins for the Bot Connector and the Slack Web API.
#   bash scripts/bench.sh                      # everything: load, burst, lists and growth at 100 and 10,000 drafts
#   bash scripts/bench.sh --burst              # the burst suite and the growth probe only
#   bash scripts/bench.sh --burst --clicks 100 --scale 100,1000   # a quick burst smoke run
#   bash scripts/bench.sh --drafts 100 --concurrency 20 --skip-burst --skip-scale
# Parts:
#   load    clients take posts through 3 stages, each waiting for its approval request before clicking
#   burst   drafts put in review, then: the raw storage ceiling (Azure.Data.Tables, 1 point read + 1 transaction,
#           --burst-clients workers); all Slack approve clicks at once, then all Teams approve clicks at once
#           (--clicks each, --burst-clients clients released by a start barrier, each click on its own draft,
#           decisions verified from storage, table requests per click (answer path) and per decision
#           (background)); --submissions Teams and Slack submissions at once; the inbox lag over --lag-sample clicks
#   lists   "my drafts" / "waiting for me" at each --scale size
#   growth  a review-clock pass and a submission at each --scale size of one account under frequency rules
# Options:
#   --burst                 the burst suite and the growth probe only (no load run, no list probe)
#   --drafts N              load: posts (300)             --concurrency C   load: clients (100)
#   --probe-posts P         load: posts decided one at a time through DraftService (20)
#   --clicks N              burst: approve clicks per channel (1000)
#   --burst-clients C       burst: clients released together, and the ceiling's workers (100)
#   --submissions N         burst: submissions released together, per channel (100)
#   --lag-sample N          burst: clicks sampled for the inbox lag (100; 0 skips it)
#   --instances N           burst: bot instances on the same storage, requests spread over them in turn (1)
#   --scale N1,N2           drafts in storage for lists and growth (100,10000); filling 10,000 takes minutes
#   --skip-load --skip-burst --skip-lists --skip-growth --skip-scale (= lists and growth)   --help
# Prints a plain-text report, each number with its target (met or MISSED), the targets again at the end; it is
# also kept in artifacts/bench/last.txt. Progress goes to standard error.
set -euo pipefail
cd "$(dirname "$0")/.."
for arg in "$@"; do
  if [ "$arg" = "--help" ] || [ "$arg" = "-h" ]; then sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0; fi
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Many drafts in Azurite's in-memory store need more than node's default heap.
export NODE_OPTIONS="${NODE_OPTIONS:---max-old-space-size=8192}"
[ -x node_modules/.bin/azurite-table ] || npm ci --no-audit --no-fund --loglevel=error
dotnet build bench/PostApprovalBot.Bench/PostApprovalBot.Bench.csproj -c Release -nologo -clp:ErrorsOnly
mkdir -p artifacts/bench
dotnet bench/PostApprovalBot.Bench/bin/Release/net10.0/PostApprovalBot.Bench.dll "$@" | tee artifacts/bench/last.txt

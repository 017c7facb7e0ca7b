#!/usr/bin/env bash
# The whole test suite, on a fresh machine with the .NET SDK, Node.js and npm:
# installs the pinned npm tools and (as root) Chromium, builds, runs every test project,
# checks the Bicep templates, and ends with the totals alone on a line.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Chromium (browser tests render cards with the official Adaptive Cards renderer)..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
  else
    echo "Chromium is missing: run 'sudo apt-get install -y chromium' once, then this command again." >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund --loglevel=error
dotnet build PostApprovalBot.sln -c Release -nologo -clp:ErrorsOnly

log=$(mktemp)
set +e
dotnet test PostApprovalBot.sln -c Release --no-build -nologo --logger "console;verbosity=normal" 2>&1 | tee "$log" | grep -E '^\s*(Failed|Passed!|Failed!|Error Message| {2,}at )|Skipped ' 
tests_rc=${PIPESTATUS[0]}
set -e

infra_rc=0
bash scripts/check-infra.sh || infra_rc=$?

# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 11, Skipped: 0, ...").
read -r passed failed skipped < <(grep -E '(Passed|Failed)! +- Failed:' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"
if [ "$tests_rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "dotnet test failed without a test failure (build or runner error)." >&2; fi
if [ "$infra_rc" -ne 0 ]; then echo "Infrastructure check failed (bicep build/lint)." >&2; fi

totals="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && totals="$totals, $skipped skipped"
echo "$totals"
[ "$tests_rc" -eq 0 ] && [ "$infra_rc" -eq 0 ]

#!/usr/bin/env bash
# Compiles and lints infra/main.bicep with the Bicep CLI that tools/bicep/bicep.csproj pins.
# Fails on any error and on any warning: a warning in Bicep is usually a deployment that fails later.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bicep_version="0.49.2"

# The tools project downloads the CLI into the NuGet global packages folder (no build, no solution).
dotnet restore "$repo_root/tools/bicep/bicep.csproj" --verbosity quiet >/dev/null

packages_root="$(dotnet nuget locals global-packages --list | sed -E 's/^global-packages: *//')"
bicep="${packages_root%/}/azure.bicep.commandline.linux-x64/$bicep_version/tools/bicep"
if [[ ! -f "$bicep" ]]; then
  echo "check-infra: Bicep CLI not found at $bicep after restore" >&2
  exit 1
fi
# NuGet does not keep the executable bit.
chmod +x "$bicep"

status=0
# Runs one Bicep command; its diagnostics (stderr, and lint's stdout) decide, the compiled ARM JSON
# that `build --stdout` writes does not.
run_step() {
  local label="$1"
  shift
  local output
  if ! output="$("$@" 2>&1)"; then
    status=1
  fi
  if grep -Eiq '(^|[ :])(warning|error)( |:|$)' <<<"$output"; then
    status=1
  fi
  if [[ -n "$output" ]]; then
    echo "$output"
  fi
  echo "check-infra: $label done"
}

build_discarding_json() {
  "$bicep" build infra/main.bicep --stdout >/dev/null
}

cd "$repo_root"
run_step "bicep build" build_discarding_json
run_step "bicep lint" "$bicep" lint infra/main.bicep

if [[ $status -ne 0 ]]; then
  echo "check-infra: FAILED (errors or warnings above)" >&2
  exit 1
fi
echo "check-infra: infra/main.bicep builds and lints clean with Bicep $bicep_version"

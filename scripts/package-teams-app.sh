#!/usr/bin/env bash
# Builds the Teams app package: manifest/teams/manifest.json with its placeholders filled in, plus the
# two icons, all at the root of a zip (the layout Teams admin center and sideloading expect).
#
#   bash scripts/package-teams-app.sh <bot-app-id> <bot-host> [output.zip]
#
# <bot-app-id>  application (client) id of the bot's Entra app registration (a GUID)
# <bot-host>    public host name of the web app, e.g. app-abc123.azurewebsites.net (azd output BOT_HOST)
# [output.zip]  default: appPackage.zip at the repository root
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
  sed -n '5,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output="${3:-$repo_root/appPackage.zip}"

python3 - "$repo_root/manifest/teams" "$1" "$2" "$output" <<'PY'
import json
import os
import re
import sys
import zipfile

source, app_id, host, output = sys.argv[1:5]

if not re.fullmatch(r"[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}", app_id):
    sys.exit(f"package-teams-app: bot app id must be a GUID, got '{app_id}'")
# Accept what people paste (a URL with scheme or trailing slash), keep only the host name.
host = re.sub(r"^https?://", "", host.strip()).rstrip("/")
label = r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
if not re.fullmatch(rf"{label}(\.{label})+", host):
    sys.exit(f"package-teams-app: bot host must be a host name such as app-x.azurewebsites.net, got '{host}'")

with open(os.path.join(source, "manifest.json"), encoding="utf-8") as f:
    text = f.read()
text = text.replace("{{BOT_APP_ID}}", app_id.lower()).replace("{{BOT_HOST}}", host)
left = sorted(set(re.findall(r"\{\{[A-Z_]+\}\}", text)))
if left:
    sys.exit(f"package-teams-app: placeholders without a value: {', '.join(left)}")
manifest = json.loads(text)

icons = [manifest["icons"]["color"], manifest["icons"]["outline"]]
for icon in icons:
    if not os.path.isfile(os.path.join(source, icon)):
        sys.exit(f"package-teams-app: icon {icon} missing; run python3 manifest/teams/draw-icons.py")

# Fixed timestamps keep the package byte-identical for the same inputs.
def entry(name):
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info

os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
with zipfile.ZipFile(output, "w") as package:
    package.writestr(entry("manifest.json"), json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    for icon in icons:
        with open(os.path.join(source, icon), "rb") as f:
            package.writestr(entry(icon), f.read())
print(f"package-teams-app: wrote {output} (app id {app_id.lower()}, host {host})")
PY

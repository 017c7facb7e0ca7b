#!/usr/bin/env bash
# Try every role locally, no Teams tenant needed: runs the bot exactly as scripts/run.sh does (Azurite on 127.0.0.1:10002,
# bot on http://localhost:3978, Development, demo company) plus one Microsoft 365 Agents Playground per person of the demo
# company, each signed in as that person (playground/<persona>.yml) on its own port, and prints which URL is whom.
# Open the approvers' pages first (the bot learns where to send their cards when a page opens), then the employee's.
# Ctrl+C stops everything this script started.
#
#   bash scripts/try.sh            first Playground on 56150, then 56151, ...  (PLAYGROUND_FIRST_PORT to move them)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

first_port=${PLAYGROUND_FIRST_PORT:-56150}
bot_url=http://localhost:3978
# persona file : who, in the order the ports are given
personas=(
  "employee:Emma Employee (spokesperson)"
  "newcomer:Noah Newcomer (not a spokesperson)"
  "legal:Lena Legal (legal approver)"
  "compliance:Colin Compliance (compliance approver)"
  "communications:Chloe Comms (communications approver, owner of the accounts)"
  "admin:Ada Admin (admin)"
)

[ -x node_modules/.bin/agentsplayground ] || npm ci --no-audit --no-fund --loglevel=error

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# GET http://127.0.0.1:<port><path> answers 200 (bash only: curl may not be installed).
http_ok() {
  timeout 5 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" && printf "GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n" "$2" >&3 && read -r status <&3 && [[ $status == *" 200 "* ]]' _ "$1" "$2" 2>/dev/null
}
for port in 3978 "${AZURITE_TABLE_PORT:-10002}"; do
  if port_in_use "$port"; then
    echo "Port $port is in use (scripts/run.sh or an earlier try.sh still running?). Stop it first." >&2
    exit 1
  fi
done
for i in "${!personas[@]}"; do
  port=$((first_port + i))
  if port_in_use "$port"; then
    echo "Port $port is in use (an earlier try.sh still running?). Stop it, or set PLAYGROUND_FIRST_PORT." >&2
    exit 1
  fi
done

# Every Playground writes a devTools/ folder into its working directory: give each its own, outside the checkout.
work=$(mktemp -d "${TMPDIR:-/tmp}/postapprovalbot-try.XXXXXX")
pids=()
stop_all() {
  trap - EXIT INT TERM
  # run.sh stops its bot and Azurite on TERM; the Playgrounds are plain node processes.
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

bash scripts/run.sh > "$work/bot.log" 2>&1 &
pids+=("$!")
run_pid=$!
echo "Starting the bot (log: $work/bot.log)..."
for _ in $(seq 1 600); do
  http_ok 3978 /readyz && break
  kill -0 "$run_pid" 2>/dev/null || { cat "$work/bot.log" >&2; echo "The bot did not start (see above)." >&2; exit 1; }
  sleep 0.5
done
http_ok 3978 /readyz || { tail -n 40 "$work/bot.log" >&2; echo "The bot did not answer $bot_url/readyz in 5 minutes." >&2; exit 1; }

for i in "${!personas[@]}"; do
  file=${personas[$i]%%:*}
  port=$((first_port + i))
  mkdir -p "$work/$file"
  (cd "$work/$file" && M365_AGENTS_PLAYGROUND_CONFIG_PATH="$root/playground/$file.yml" TEAMSAPPTESTER_BROWSER=none \
    exec "$root/node_modules/.bin/agentsplayground" start -e "$bot_url/api/messages" -c msteams -p "$port" --dt) > "$work/$file.log" 2>&1 &
  pids+=("$!")
done

# A Playground prints "Listening on <port>" and may still exit (a persona file that breaks its schema): wait for its page.
for i in "${!personas[@]}"; do
  file=${personas[$i]%%:*}
  port=$((first_port + i))
  pid=${pids[$((i + 1))]}
  for _ in $(seq 1 120); do
    http_ok "$port" / && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if ! kill -0 "$pid" 2>/dev/null || ! http_ok "$port" /; then
    cat "$work/$file.log" >&2
    echo "The Playground for playground/$file.yml did not start on port $port (see above)." >&2
    exit 1
  fi
done

echo
echo "Bot: $bot_url (liveness: $bot_url/healthz, readiness: $bot_url/readyz). One Agents Playground per person; open the approvers' pages first:"
for i in "${!personas[@]}"; do
  echo "  ${personas[$i]#*:}: http://127.0.0.1:$((first_port + i))/"
done
echo "In Emma's page: Personal Chat, type 'new'. Keep the pages open (a reload does not show earlier cards). Ctrl+C stops everything."
wait "$run_pid"

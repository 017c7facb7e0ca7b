#!/usr/bin/env bash
# Checks the README's "run one category of tests" command on the built tree (run after a build of the
# solution, e.g. by scripts/test.sh; -c picks the configuration, Release by default):
#   1. the README's category list is exactly the set of [Trait("Category", …)] values in tests/;
#   2. every category selects at least one test (`--list-tests --filter Category=X`);
#   3. the categories in CATEGORY_RUN are run alone (`--filter Category=X`, nothing else in the test process)
#      and must pass; `--all` runs every category alone.
# Fails if a category is missing from the README or the code, selects no test, or fails alone.
#
# Why not run every category alone by default: scripts/test.sh has just run the whole suite; the big categories
# (Slack, Teams, Workflow, Security, Resilience, Browser) are most of its time, and several classes carry two
# categories, so running each alone would about double CI time. Running alone finds what the whole run hides:
# a build output or a fixture that only another category's tests provide (issue 19: Audit needed the CLI).
# Measured on 2 cores: the check takes about 80 s (Domain, Audit, Host and Storage run alone; listing a category
# takes about 5 s). CATEGORY_RUN="A B" chooses the categories run alone; --all runs every one (about 15 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."

configuration=Release
all=0
while [ $# -gt 0 ]; do
  case "$1" in
    -c|--configuration) configuration="$2"; shift 2 ;;
    --all) all=1; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
run_alone=" ${CATEGORY_RUN:-Domain Audit Host Storage} "

# The README line: Run one category of tests: `dotnet test … --filter Category=Storage` (categories: A, B, …).
readme=$(grep -o '(categories: [^)]*)' README.md | head -1 | sed 's/(categories: //; s/)//; s/, */\n/g' | sort -u)
code=$(grep -rhoE 'Trait\("Category", *"[A-Za-z]+"\)' tests --include=*.cs | sed -E 's/.*"([A-Za-z]+)"\)/\1/' | sort -u)
failed=0
if [ -z "$readme" ]; then echo "README.md has no '(categories: …)' list." >&2; exit 1; fi
if [ "$readme" != "$code" ]; then
  echo "README categories and the tests' categories differ:" >&2
  diff <(echo "$readme") <(echo "$code") | sed -n 's/^< /  in README only: /p; s/^> /  in tests only:  /p' >&2
  failed=1
fi

# The sum of every "<label>: N" in a dotnet test summary ("Failed:     0, Passed:    12, …, Total:    12").
sum_of() { { echo "$2" | grep -oE "$1: +[0-9]+" || true; } | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}'; }

# The built test assemblies whose sources carry the category: vstest starts a test host per assembly, even for none.
assemblies_of() {
  local project dll
  for project in $(grep -rlE "Trait\(\"Category\", *\"$1\"\)" tests --include=*.cs | cut -d/ -f2 | sort -u); do
    dll="tests/$project/bin/$configuration/net10.0/$project.dll"
    [ -f "$dll" ] || { echo "$dll is missing: build the solution (-c $configuration) first." >&2; return 1; }
    echo "$dll"
  done
}

for category in $code; do
  assemblies=$(assemblies_of "$category")
  mapfile -t dlls <<< "$assemblies"
  if [ "$all" = 1 ] || [[ "$run_alone" == *" $category "* ]]; then
    set +e
    out=$(dotnet test "${dlls[@]}" --filter "Category=$category" 2>&1)
    rc=$?
    set -e
    ran=$(sum_of Total "$out")
    bad=$(sum_of Failed "$out")
    if [ "$rc" -ne 0 ] || [ "$bad" -gt 0 ] || [ "$ran" -eq 0 ]; then
      echo "$out" | grep -vE '^No test matches' >&2
      echo "category $category: FAILED alone ($ran run, $bad failed, exit $rc)" >&2
      failed=1
    else
      echo "category $category: $ran tests passed alone"
    fi
  else
    listed=$(dotnet test "${dlls[@]}" --list-tests --filter "Category=$category" 2>&1 | grep -cE '^    ' || true)
    if [ "$listed" -eq 0 ]; then
      echo "category $category: selects no test" >&2
      failed=1
    else
      echo "category $category: $listed tests selected (run by the whole suite; alone with --all)"
    fi
  fi
done
exit "$failed"

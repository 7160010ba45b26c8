#!/usr/bin/env bash
# Runs every Go fuzz target of the module (each `func FuzzX(f *testing.F)` in
# a _test.go file) for FUZZTIME each, one after the other, and prints a
# Markdown table: target, package, executions, new crashers.
#
#   scripts/fuzz.sh [FUZZTIME]        FUZZTIME: a go test -fuzztime value
#   FUZZTIME=60s scripts/fuzz.sh      (default 30s)
#
# A crasher is the input `go test` writes to PKG/testdata/fuzz/FuzzX/<hash>
# when a target fails; it is left there (it becomes a seed that plain
# `go test` replays) and listed below the table with the failure's first
# lines. Logs go to FUZZ_LOG_DIR (default: a temporary folder). The exit
# status is 1 when a target found a crasher or did not build, else 0.
set -uo pipefail
cd "$(dirname "$0")/.."

FUZZTIME="${1:-${FUZZTIME:-30s}}"
GO="${GO:-go}"
LOG_DIR="${FUZZ_LOG_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-fuzz.XXXXXX")}"
mkdir -p "$LOG_DIR"

# Targets as "dir name", sorted, found in the sources (not testdata).
mapfile -t targets < <(
  grep -rEo --include='*_test.go' --exclude-dir=testdata --exclude-dir=node_modules --exclude-dir=.git \
    '^func Fuzz[A-Za-z0-9_]*\(' . |
    sed -E 's|^(.*)/[^/]*_test\.go:func (Fuzz[A-Za-z0-9_]*)\($|\1 \2|' | sort -u
)
if [ "${#targets[@]}" -eq 0 ]; then
  echo "no fuzz targets found" >&2
  exit 0
fi

echo "fuzzing ${#targets[@]} targets for $FUZZTIME each; logs in $LOG_DIR" >&2
rows=()
notes=()
status=0
for t in "${targets[@]}"; do
  dir="${t% *}"
  name="${t#* }"
  pkg="./${dir#./}"
  corpus="$dir/testdata/fuzz/$name"
  before="$(ls "$corpus" 2>/dev/null | sort)"
  log="$LOG_DIR/$(echo "${dir#./}" | tr '/' '_')_$name.log"
  echo "== $pkg $name" >&2
  "$GO" test -run '^$' -fuzz "^${name}\$" -fuzztime "$FUZZTIME" "$pkg" >"$log" 2>&1
  rc=$?
  execs="$(grep -Eo 'execs: [0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+')"
  after="$(ls "$corpus" 2>/dev/null | sort)"
  new="$(comm -13 <(echo "$before") <(echo "$after") | sed '/^$/d')"
  crashers="$(echo -n "$new" | grep -c . || true)"
  result="$crashers"
  if [ "$rc" -ne 0 ] && [ "$crashers" -eq 0 ]; then
    if [ -z "$execs" ]; then
      result="did not run (build failed?)"
    else
      result="failed without a crasher"
    fi
  fi
  [ "$rc" -ne 0 ] && status=1
  rows+=("| \`$name\` | \`${pkg#./}\` | ${execs:-0} | $result |")
  for f in $new; do
    notes+=("- \`$corpus/$f\` ($name): $(grep -m1 -E -- '--- FAIL|panic:|fatal error:' "$log" | sed 's/^ *//')")
    notes+=("$(grep -A12 -m1 -E '^\s+[a-z_]+_test\.go:[0-9]+:|panic:|fatal error:' "$log" | sed 's/^/      /')")
  done
  if [ "$rc" -ne 0 ] && [ "$crashers" -eq 0 ]; then
    notes+=("- $name (${pkg#./}): $(grep -m3 -vE '^(fuzz:|=== |ok |PASS|FAIL)' "$log" | tr '\n' ' ')")
  fi
done

echo
echo "Fuzzing, $FUZZTIME per target ($(${GO} env GOOS)/$(${GO} env GOARCH), $(date -u +%Y-%m-%d)):"
echo
echo "| target | package | execs | crashers |"
echo "|---|---|---:|---:|"
printf '%s\n' "${rows[@]}"
if [ "${#notes[@]}" -gt 0 ]; then
  echo
  printf '%s\n' "${notes[@]}"
fi
exit "$status"

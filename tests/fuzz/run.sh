#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each, from the committed seeds plus the project's real files,
# and fails on any crash, leak, undefined behaviour, input slower than 1 s or memory over 256 MB.
# A target fuzzes on one core: JOBS of them run at once (default: the machine's cores).
# Usage: run.sh BUILD_DIR SECONDS [JOBS]
set -uo pipefail
build=$1
seconds=$2
jobs=${3:-$(nproc)}
[[ $jobs =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: JOBS must be a whole number of 1 or more, not '$jobs'"; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$build/fuzz-work
mkdir -p "$work"
failed=0
passed=0

# Real files each target starts from, besides its own seeds (read-only corpora).
extra_for() {
  case "$1" in
    questionnaire) echo "$root/assets" ;;
    brand) echo "$root/assets" ;;
    answers|evaluate|stored_state) echo "$root/tests/golden" ;;
    meeting) echo "$root/tests/meeting" ;;
    *) echo "" ;;
  esac
}

# ASan keeps freed memory in a 256 MB quarantine by default, so a fast target's RSS climbs past the
# 256 MB limit in seconds and "fails" on the machine that runs it fastest. A small quarantine keeps
# the limit about the target's own memory; use-after-free is still caught.
export ASAN_OPTIONS="quarantine_size_mb=16${ASAN_OPTIONS:+:$ASAN_OPTIONS}"

# One target: its log in $work/TARGET.log, its exit status in $work/TARGET.status.
fuzz_one() {
  local target=$1 corpus=$work/corpus-$1
  mkdir -p "$corpus"
  cp -n "$here/corpus/$target"/* "$corpus"/ 2>/dev/null
  # shellcheck disable=SC2046
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=256 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$work/crash-$target-" "$corpus" $(extra_for "$target") >"$work/$target.log" 2>&1 &
  local fuzzer=$!
  trap 'kill "$fuzzer" 2>/dev/null; exit 143' TERM  # the script was stopped: so is this target
  wait "$fuzzer"
  echo $? >"$work/$target.status"
}

targets=(questionnaire brand answers share_link stored_state figures evaluate meeting content_index)
# Stopped early (Ctrl+C, a CI timeout): no fuzzer is left running, and none starts.
trap 'kill $(jobs -p) 2>/dev/null' EXIT
trap 'exit 130' INT TERM
for target in "${targets[@]}"; do
  rm -f "$work/$target.status" "$work/$target.log"
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
  fuzz_one "$target" &
done
wait

printf '%-14s %14s  %s\n' target executions result
for target in "${targets[@]}"; do
  log=$work/$target.log
  status=$(cat "$work/$target.status" 2>/dev/null || echo "none")
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [ "$status" = 0 ]; then
    passed=$((passed + 1))
    printf '%-14s %14s  ok\n' "$target" "${runs:-?}"
  else
    failed=$((failed + 1))
    printf '%-14s %14s  FAILED (exit %s), see %s\n' "$target" "${runs:-?}" "$status" "$log"
    grep -m 5 -E 'ERROR|SUMMARY|violated|Timeout|Test unit written' "$log" | sed 's/^/    /'
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

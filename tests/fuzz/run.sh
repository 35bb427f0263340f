#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each, from the committed seeds plus the project's real files,
# and fails on any crash, leak, undefined behaviour, input slower than 1 s or memory over 256 MB.
# Usage: run.sh BUILD_DIR SECONDS
set -uo pipefail
build=$1
seconds=$2
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

printf '%-14s %14s  %s\n' target executions result
for target in questionnaire brand answers share_link stored_state figures evaluate meeting content_index; do
  corpus=$work/corpus-$target
  mkdir -p "$corpus"
  cp -n "$here/corpus/$target"/* "$corpus"/ 2>/dev/null
  log=$work/$target.log
  # shellcheck disable=SC2046
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=256 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$work/crash-$target-" "$corpus" $(extra_for "$target") >"$log" 2>&1
  status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [ "$status" -eq 0 ]; then
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

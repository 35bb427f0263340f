#!/usr/bin/env bash
# The real binary as a shell user runs it: exit codes, stdout/stderr separation, pipes.
# Usage: run_cli_process_tests.sh PATH/TO/phasecheck TESTS_DIR
set -u
cli=$1
tests=$2
passed=0
failed=0

expect() {  # expect NAME WANT_EXIT WANT_STDERR_PART -- command...
  local name=$1 want=$2 part=$3
  shift 4
  local err out code
  err=$(mktemp)
  out=$("$@" 2>"$err")
  code=$?
  local err_ok
  if [ -z "$part" ]; then [ ! -s "$err" ] && err_ok=1; else grep -qF -- "$part" "$err" && err_ok=1; fi
  if [ "$code" -eq "$want" ] && [ -n "${err_ok:-}" ] && { [ "$want" -ne 0 ] || [ -n "$out" ]; }; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name: exit $code (wanted $want); stderr: $(cat "$err")"
  fi
  rm -f "$err"
}

expect "golden file" 0 "" -- "$cli" evaluate "$tests/golden/phase1_clear_en.answers.json"
expect "text via pipe" 0 "" -- sh -c "cat '$tests/golden/phase3_redesign_de.answers.json' | '$cli' evaluate - --format text"
expect "not JSON" 2 "<stdin>: line 1, column 1: syntax error" -- sh -c "echo 'hello' | '$cli' evaluate -"
expect "endless input" 2 "larger than 1048576 bytes" -- sh -c "head -c 5000000 /dev/zero | '$cli' evaluate -"
expect "directory" 2 "phasecheck:" -- "$cli" evaluate "$tests"
expect "validate shipped" 0 "" -- "$cli" validate "$tests/../assets/questionnaire.json"
expect "validate answers file as questionnaire" 2 "/schema: expected \"phasecheck.questionnaire/1\"" -- \
  "$cli" validate "$tests/golden/phase1_clear_en.answers.json"
expect "compare with a corrupt file" 3 "<stdin>: line 2, column 1" -- sh -c "echo '{' | '$cli' compare '$tests/meeting/ceo.answers.json' - '$tests/meeting/kam.answers.json'"
expect "meeting file" 0 "" -- "$cli" meeting "$tests/meeting/meeting.json" --format text

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

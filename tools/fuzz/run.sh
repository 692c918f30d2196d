#!/usr/bin/env bash
# Runs the .pyc fuzzer (make fuzz).
#
#   tools/fuzz/run.sh FUZZER SECONDS [WORKERS]
#   tools/fuzz/run.sh --check-toolchain CC     (can CC build a libFuzzer target?)
#
# The seed corpus (tools/fuzz/corpus/) and the hostile shapes of
# tests/hostile/ are copied into build/fuzz/corpus/ (next to FUZZER), which
# keeps what earlier runs added.  libFuzzer stops at the first
# failure; then:
#   - a crash, leak or sanitizer report is minimised into
#     build/fuzz/found/<kind>-<hash>.pyc and the run fails;
#   - a time-out is run once more with a much longer limit: an input that
#     then finishes was slow, not stuck (the machine is shared), and fuzzing
#     goes on; one that does not finish escaped the interpreter's dispatch
#     budget, and the run fails;
#   - running out of memory fails the run as well (allocations beyond the
#     sanitizer's limits fail and become MemoryError, so it should not
#     happen).
# The last line gives the number of executions, as "fuzz: N executions (M
# mutants) in S s, ...".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

if [ "${1:-}" = "--check-toolchain" ]; then
  cc=${2:-clang}
  if ! command -v "$cc" >/dev/null 2>&1; then
    echo "fuzz: $cc is not installed; make fuzz needs clang with libFuzzer:" >&2
    echo "fuzz:   tools/deps.sh --fuzz installs it (apt-get install clang libclang-rt-14-dev)" >&2
    exit 1
  fi
  probe=$(mktemp -d "${TMPDIR:-/tmp}/cipy-fuzz-probe.XXXXXX")
  trap 'rm -rf "$probe"' EXIT
  printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' > "$probe/t.c"
  if ! "$cc" -fsanitize=fuzzer,address,undefined "$probe/t.c" -o "$probe/t" 2>"$probe/err"; then
    echo "fuzz: $cc cannot link a libFuzzer target with AddressSanitizer and UBSan:" >&2
    sed 's/^/fuzz:   /' "$probe/err" | head -n 5 >&2
    echo "fuzz: the runtime libraries are missing: tools/deps.sh --fuzz installs them" >&2
    echo "fuzz: (apt-get install clang libclang-rt-14-dev)" >&2
    exit 1
  fi
  exit 0
fi

fuzzer=${1:?usage: run.sh FUZZER SECONDS [WORKERS]}
seconds=${2:-60}
workers=${3:-1}
out=$(dirname "$fuzzer")     # build/fuzz: corpus, findings and logs go next to the fuzzer
corpus=$out/corpus
found=$out/found
work=$out/work
mkdir -p "$corpus" "$found" "$work"
cp -n tools/fuzz/corpus/*.pyc "$corpus"/
# The shapes of tests/hostile/ are seeds too: the committed reproducers, and
# what its generator scripts write (run once, by CPython 3.14).
cp -n tests/hostile/*.pyc "$corpus"/ 2>/dev/null
if [ ! -d "$out/hostile-seeds" ]; then
  for script in tests/hostile/*.py; do
    dir=$out/hostile-seeds/$(basename "$script" .py)
    mkdir -p "$dir"
    tools/python3.14 "$script" "$dir" > /dev/null 2>&1 || echo "fuzz: $script failed (its seeds are left out)"
  done
fi
for f in "$out"/hostile-seeds/*/*.pyc; do
  [ -e "$f" ] && cp -n "$f" "$corpus/hostile-$(basename "$(dirname "$f")")-$(basename "$f")"
done
fuzzer=$(cd "$(dirname "$fuzzer")" && pwd)/$(basename "$fuzzer")

TIMEOUT=${FUZZ_TIMEOUT:-20}          # seconds per input (the budget stops runs far sooner)
SLOW_TIMEOUT=$((TIMEOUT * 6))        # the second chance of a time-out
# (-entropic=0: the entropic schedule's per-feature bookkeeping took a
# quarter of the time with this target's many features)
opts=(-timeout="$TIMEOUT" -rss_limit_mb=2560 -max_len=65536 -entropic=0 -print_final_stats=1
      -artifact_prefix="$(pwd)/$work/")

start=$SECONDS
execs=0     # inputs run, the corpus included
mutants=0   # of which mutants (after each worker's first pass over the corpus)
status=0
note() { echo "fuzz: $*"; }

# libFuzzer's final statistics and its "#N INITED" line, in each worker's
# log (a run that stops before INITED ran only the corpus).
count_execs() {
  local log n i
  for log in "$@"; do
    n=$(grep -h '^stat::number_of_executed_units:' "$log" 2>/dev/null | awk '{s += $2} END {print s + 0}')
    i=$(grep -h -m1 -E '^#[0-9]+[[:space:]]+INITED' "$log" 2>/dev/null | sed -E 's/^#([0-9]+).*/\1/')
    execs=$((execs + n))
    [ -n "$i" ] && mutants=$((mutants + n - i))
  done
}

minimise() {  # an artifact, its kind
  local art=$1 kind=$2 hash dest
  hash=$(basename "$art" | sed 's/^[a-z-]*-//' | cut -c1-12)
  dest=$found/$kind-$hash.pyc
  cp "$art" "$dest"
  cp "$art" "$found/$kind-$hash.orig.pyc"   # (minimising may wander to another bug)
  note "minimising $art"
  # (each step of libFuzzer's minimisation is a new process: bound them all)
  timeout 180 "$fuzzer" -minimize_crash=1 -max_total_time=60 -timeout="$TIMEOUT" \
    -exact_artifact_path="$dest.min" "$art" < /dev/null > "$dest.log" 2>&1
  # a step that got nowhere may leave an empty file: keep the last good one
  if [ -s "$dest.min" ] && "$fuzzer" -runs=1 "$dest.min" < /dev/null > /dev/null 2>&1; then
    rm -f "$dest.min"
  elif [ -s "$dest.min" ]; then
    mv "$dest.min" "$dest"
  else
    rm -f "$dest.min"
  fi
  note "$kind: $dest ($(wc -c < "$dest") bytes); reproduce with: $fuzzer $dest"
  "$fuzzer" -runs=1 "$dest" < /dev/null 2>&1 | grep -m1 -E 'ERROR: |runtime error:|SUMMARY:' | sed 's/^/fuzz:   /'
}

while :; do
  left=$((seconds - (SECONDS - start)))
  [ "$left" -gt 0 ] || break
  rm -f "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* "$work"/slow-unit-* "$work"/fuzz-*.log
  log=$work/fuzz.log
  if [ "$workers" -gt 1 ]; then
    (cd "$work" && "$fuzzer" "${opts[@]}" -max_total_time="$left" -jobs="$workers" -workers="$workers" \
      "$(cd ../corpus && pwd)" < /dev/null > "$(basename "$log")" 2>&1)
    count_execs "$work"/fuzz-*.log
    cat "$work"/fuzz-*.log >> "$log" 2>/dev/null
  else
    "$fuzzer" "${opts[@]}" -max_total_time="$left" "$corpus" < /dev/null > "$log" 2>&1
    count_execs "$log"
  fi
  arts=$(ls "$work"/crash-* "$work"/leak-* "$work"/oom-* "$work"/timeout-* 2>/dev/null)
  [ -n "$arts" ] || break
  for art in $arts; do
    case $(basename "$art") in
      timeout-*)
        if timeout $((SLOW_TIMEOUT + 30)) "$fuzzer" -timeout="$SLOW_TIMEOUT" -runs=1 "$art" < /dev/null > "$work/rerun.log" 2>&1; then
          note "a slow input finished when given ${SLOW_TIMEOUT} s (kept as $found/slow-$(basename "$art").pyc); going on"
          cp "$art" "$found/slow-$(basename "$art").pyc"
        else
          note "an input ran past ${SLOW_TIMEOUT} s: the dispatch budget did not stop it"
          minimise "$art" hang
          status=1
        fi
        ;;
      oom-*) minimise "$art" oom; status=1 ;;
      leak-*) minimise "$art" leak; status=1 ;;
      *) minimise "$art" crash; status=1 ;;
    esac
  done
  [ "$status" -eq 0 ] || break
done

grep -h -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$work"/fuzz.log 2>/dev/null | head -n 5
result=$([ "$status" -eq 0 ] && echo "no failure" || echo "FAILED")
note "$execs executions ($mutants mutants) in $((SECONDS - start)) s, $result (corpus: $(ls "$corpus" | wc -l) inputs)"
exit $status

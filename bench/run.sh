#!/usr/bin/env bash
# Benchmark sweep: runs each bench/cases/*.py (compiled once by CPython 3.14) under
# CPython 3.14 and under cipy, interleaved, and prints a Markdown table of median
# times. Exits 1 if cipy fails or disagrees on any CHECKSUM.
#
# usage: bench/run.sh [--runs N] [--cipy PATH] [--timeout SEC] [--markdown] [case...]
# Progress goes to stderr, results to stdout:  bench/run.sh --markdown > bench/RESULTS.md
set -u
export LC_ALL=C
export PYTHONHASHSEED=0

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
py="$root/tools/python3.14"
cipy="$root/build/cipy"
runs=3
timeout_s=300
markdown=0
cases=()

usage() {
  echo "usage: bench/run.sh [--runs N] [--cipy PATH] [--timeout SEC] [--markdown] [case...]" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) [ $# -ge 2 ] || usage; runs=$2; shift 2 ;;
    --runs=*) runs=${1#*=}; shift ;;
    --cipy) [ $# -ge 2 ] || usage; cipy=$2; shift 2 ;;
    --cipy=*) cipy=${1#*=}; shift ;;
    --timeout) [ $# -ge 2 ] || usage; timeout_s=$2; shift 2 ;;
    --timeout=*) timeout_s=${1#*=}; shift ;;
    --markdown) markdown=1; shift ;;
    -h|--help) usage ;;
    -*) echo "bench/run.sh: unknown option $1" >&2; usage ;;
    *) n=${1##*/}; cases+=("${n%.py}"); shift ;;
  esac
done
case "$runs" in ''|*[!0-9]*|0) echo "bench/run.sh: --runs needs a positive integer" >&2; exit 2 ;; esac
if [ $((runs % 2)) -eq 0 ]; then
  echo "bench/run.sh: note: --runs $runs is even; the median averages the middle two" >&2
fi
case "$cipy" in /*) ;; *) cipy="$PWD/$cipy" ;; esac

if [ ${#cases[@]} -eq 0 ]; then
  for f in "$root"/bench/cases/*.py; do
    n=${f##*/}; cases+=("${n%.py}")
  done
fi
for c in "${cases[@]}"; do
  if [ ! -f "$root/bench/cases/$c.py" ]; then
    echo "bench/run.sh: no such case: $c" >&2; exit 2
  fi
done

out="$root/build/bench"
mkdir -p "$out"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cipy-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

have_time=0
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o "$tmp/t" true 2>/dev/null; then
  have_time=1
fi
have_timeout=0
command -v timeout >/dev/null 2>&1 && have_timeout=1

have_cipy=0
[ -x "$cipy" ] && have_cipy=1
if [ $have_cipy -eq 0 ]; then
  echo "bench/run.sh: cipy not found at $cipy: CPython columns only" >&2
fi

# Compile every case (plus an empty program for start-up time) once, with CPython 3.14.
: > "$out/_empty.py"
srcs=()
for c in "${cases[@]}"; do srcs+=("$root/bench/cases/$c.py"); done
"$py" - "$out" "$out/_empty.py" "${srcs[@]}" <<'EOF' || { echo "bench/run.sh: compile failed" >&2; exit 2; }
import os, py_compile, sys
out = sys.argv[1]
for src in sys.argv[2:]:
    name = os.path.splitext(os.path.basename(src))[0]
    py_compile.compile(src, cfile=os.path.join(out, name + ".pyc"), doraise=True)
EOF

# run_one TAG PYC CMD... : runs once; sets r_status (ok|exit N|timeout|no-checksum),
# r_sum, r_ms, r_rss (KB or empty). Output is kept in $tmp/TAG.out/.err.
run_one() {
  local tag=$1 pyc=$2; shift 2
  local pre=()
  [ $have_timeout -eq 1 ] && pre+=(timeout "$timeout_s")
  [ $have_time -eq 1 ] && pre+=(/usr/bin/time -f %M -o "$tmp/$tag.rss")
  rm -f "$tmp/$tag.rss"
  "${pre[@]}" "$@" "$pyc" > "$tmp/$tag.out" 2> "$tmp/$tag.err" < /dev/null
  local rc=$?
  r_sum=$(sed -n 's/^CHECKSUM: //p' "$tmp/$tag.out" | head -1)
  r_ms=$(sed -n 's/^TIME_MS: //p' "$tmp/$tag.out" | head -1)
  r_rss=""
  # GNU time writes "Command exited with non-zero status" before %M; keep the number.
  [ -f "$tmp/$tag.rss" ] && r_rss=$(grep -E '^[0-9]+$' "$tmp/$tag.rss" | tail -1)
  if [ $have_timeout -eq 1 ] && [ $rc -eq 124 ]; then
    r_status="timeout"
  elif [ $rc -gt 128 ]; then
    r_status="signal $((rc - 128))"
  elif [ $rc -ne 0 ]; then
    r_status="exit $rc"
  elif [ -z "$r_sum" ] || ! [[ "$r_ms" =~ ^[0-9]+(\.[0-9]+)?$ ]]; then
    r_status="no-checksum"
  else
    r_status="ok"
  fi
}

# median of the arguments (numbers)
median() {
  printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 }
    END { if (NR == 0) exit; if (NR % 2) printf "%.3f\n", a[(NR + 1) / 2];
          else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# last non-empty line of a stderr file, shortened, for the failure list
last_err() {
  local l
  l=$(grep -v '^[[:space:]]*$' "$1" | tail -1 | cut -c1-120)
  echo "${l:-(no stderr)}"
}

rows=()
details=()
[ $have_cipy -eq 0 ] && details+=("- cipy binary not found at \`$cipy\`")
ratios=()
fails=()
matched=0
total=${#cases[@]}
py_rss_max=0; py_rss_case=""
py_rss_all=0; py_rss_all_case=""
ci_rss_max=0; ci_rss_case=""
rss_ratios=()

for c in "${cases[@]}"; do
  pyc="$out/$c.pyc"
  py_times=(); ci_times=(); py_sum=""; py_bad=""; ci_bad=""; py_rss=0; ci_rss=0
  [ $have_cipy -eq 0 ] && ci_bad="missing"
  for ((i = 1; i <= runs; i++)); do
    echo "bench: $c run $i/$runs" >&2
    run_one py "$pyc" "$py"
    if [ "$r_status" != ok ]; then
      [ -z "$py_bad" ] && details+=("- $c: CPython $r_status: $(last_err "$tmp/py.err")")
      py_bad="CPython $r_status"
      sed 's/^/  cpython: /' "$tmp/py.err" | tail -5 >&2
    else
      [ -n "$py_sum" ] && [ "$py_sum" != "$r_sum" ] && py_bad="CPython nondeterministic"
      py_sum=$r_sum
      py_times+=("$r_ms")
      [ -n "$r_rss" ] && [ "$r_rss" -gt "$py_rss" ] && py_rss=$r_rss
    fi
    if [ -z "$ci_bad" ]; then
      run_one ci "$pyc" "$cipy"
      if [ "$r_status" != ok ]; then
        ci_bad="FAIL ($r_status)"
        details+=("- $c: $r_status: $(last_err "$tmp/ci.err")")
        sed 's/^/  cipy: /' "$tmp/ci.err" | tail -5 >&2
      elif [ -n "$py_sum" ] && [ "$r_sum" != "$py_sum" ]; then
        ci_bad="MISMATCH"
        details+=("- $c: checksum CPython \`$(cut -c1-80 <<< "$py_sum")\`, cipy \`$(cut -c1-80 <<< "$r_sum")\`")
        echo "  checksum: CPython $py_sum, cipy $r_sum" >&2
      else
        ci_times+=("$r_ms")
        [ -n "$r_rss" ] && [ "$r_rss" -gt "$ci_rss" ] && ci_rss=$r_rss
      fi
    fi
  done

  py_med="-"; ci_med="-"; ratio="-"
  [ ${#py_times[@]} -gt 0 ] && py_med=$(median "${py_times[@]}")
  [ -z "$ci_bad" ] && [ ${#ci_times[@]} -gt 0 ] && ci_med=$(median "${ci_times[@]}")
  if [ -n "$py_bad" ]; then
    status=$py_bad
  elif [ -n "$ci_bad" ]; then
    status=$ci_bad
  else
    status="ok"
    matched=$((matched + 1))
    ratio=$(awk -v a="$ci_med" -v b="$py_med" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
    [ "$ratio" != "-" ] && ratios+=("$ratio")
    if [ "$py_rss" -gt 0 ] && [ "$ci_rss" -gt 0 ]; then
      rss_ratios+=("$(awk -v a="$ci_rss" -v b="$py_rss" 'BEGIN { printf "%.4f", a / b }')")
    fi
  fi
  [ "$status" != ok ] && fails+=("$c")
  # Peak memory is compared over the matching cases only; CPython's is also kept
  # over all cases for when nothing matches.
  [ "$py_rss" -gt "$py_rss_all" ] && { py_rss_all=$py_rss; py_rss_all_case=$c; }
  if [ "$status" = ok ]; then
    [ "$py_rss" -gt "$py_rss_max" ] && { py_rss_max=$py_rss; py_rss_case=$c; }
    [ "$ci_rss" -gt "$ci_rss_max" ] && { ci_rss_max=$ci_rss; ci_rss_case=$c; }
  fi
  rows+=("| $c | $py_med | $ci_med | $ratio | $status |")
done

# Start-up time: wall clock of an empty program, median of 11. CPython is run directly
# (not through the tools/python3.14 wrapper script) when that gives the same version.
py_direct=("$py")
py_start_note=" (through the tools/python3.14 wrapper)"
exe=$("$py" -c 'import sys; print(sys.executable)' 2>/dev/null)
if [ -n "$exe" ] && [ -x "$exe" ] &&
   [ "$("$exe" -c 'import sys; print(sys.version)' 2>/dev/null)" = "$("$py" -c 'import sys; print(sys.version)')" ]; then
  py_direct=("$exe")
  py_start_note=""
fi
startup() {
  local t=() i s e
  for ((i = 0; i < 11; i++)); do
    s=$EPOCHREALTIME
    "$@" "$out/_empty.pyc" > /dev/null 2>&1 < /dev/null || return 1
    e=$EPOCHREALTIME
    t+=("$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f", (e - s) * 1000 }')")
  done
  median "${t[@]}"
}
echo "bench: start-up" >&2
py_start=$(startup "${py_direct[@]}") || py_start="failed"
ci_start="missing"
[ $have_cipy -eq 1 ] && { ci_start=$(startup "$cipy") || ci_start="failed"; }

geo="-"
if [ ${#ratios[@]} -gt 0 ]; then
  geo=$(printf '%s\n' "${ratios[@]}" | awk '{ s += log($1); n++ } END { printf "%.2f", exp(s / n) }')
fi
rss_geo="-"
if [ ${#rss_ratios[@]} -gt 0 ]; then
  rss_geo=$(printf '%s\n' "${rss_ratios[@]}" | awk '{ s += log($1); n++ } END { printf "%.2f", exp(s / n) }')
fi
mb() { awk -v k="$1" 'BEGIN { printf "%.1f MB", k / 1024 }'; }

if [ $markdown -eq 1 ]; then
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
  [ -z "$cpu" ] && cpu=$(sed -n 's/^\(Hardware\|CPU part\)[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
  ver() { if command -v "$1" >/dev/null 2>&1; then "$1" --version 2>/dev/null | head -1; else echo "not found"; fi; }
  rev=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
  echo "# cipy benchmark results"
  echo
  echo "Produced by \`bench/run.sh --markdown --runs $runs > bench/RESULTS.md\` (do not edit by"
  echo "hand; re-run it). Each case is compiled once by CPython 3.14, then run $runs times under"
  echo "CPython 3.14 and under cipy, interleaved, with PYTHONHASHSEED=0. Times are the median of"
  echo "the TIME_MS each program reports for one call of its main(); ratio = cipy / CPython"
  echo "(lower is better). A case whose CHECKSUM differs from CPython's, or that fails under"
  echo "cipy, is a failure and gets no ratio. See bench/README.md."
  echo
  echo "## Machine"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- arch: $(uname -m), $(nproc 2>/dev/null || echo '?') CPUs, ${cpu:-unknown CPU}"
  echo "- kernel: $(uname -sr)"
  echo "- cc: $(ver cc)"
  echo "- gcc: $(ver gcc)"
  echo "- clang: $(ver clang)"
  echo "- CPython: $("$py" -c 'import sys; print(sys.version.replace(chr(10), " "))' 2>/dev/null)"
  echo "- cipy: $cipy (git $rev)"
  echo
  echo "## Results"
  echo
fi

echo "| case | CPython ms | cipy ms | cipy/CPython | status |"
echo "|---|---:|---:|---:|---|"
printf '%s\n' "${rows[@]}"
echo
echo "Geometric mean of cipy/CPython over the ${#ratios[@]} matching cases: $geo"
echo
echo "$matched/$total checksums match"
echo
if [ $have_time -eq 1 ] && [ "$ci_rss_max" -gt 0 ]; then
  echo "Peak memory (max RSS over the $matched matching cases): CPython $(mb "$py_rss_max") ($py_rss_case)," \
       "cipy $(mb "$ci_rss_max") ($ci_rss_case); geometric mean of per-case RSS ratio cipy/CPython: $rss_geo"
elif [ $have_time -eq 1 ]; then
  py_m="-"
  [ "$py_rss_all" -gt 0 ] && py_m="$(mb "$py_rss_all") ($py_rss_all_case)"
  echo "Peak memory (max RSS over all cases): CPython $py_m; cipy: no matching case to measure"
else
  echo "Peak memory: not measured (/usr/bin/time not available)"
fi
echo
s_ratio="-"
if [[ "$py_start" =~ ^[0-9.]+$ ]] && [[ "$ci_start" =~ ^[0-9.]+$ ]]; then
  s_ratio=$(awk -v a="$ci_start" -v b="$py_start" 'BEGIN { printf "%.2f", a / b }')
fi
with_ms() { if [[ "$1" =~ ^[0-9.]+$ ]]; then echo "$1 ms"; else echo "$1"; fi; }
echo "Start-up (empty program, wall clock, median of 11): CPython$py_start_note $(with_ms "$py_start")," \
     "cipy $(with_ms "$ci_start"), ratio $s_ratio"
if [ ${#details[@]} -gt 0 ]; then
  echo
  echo "Failures (first failing run of each case):"
  echo
  printf '%s\n' "${details[@]}"
fi

[ ${#fails[@]} -eq 0 ] || exit 1
exit 0

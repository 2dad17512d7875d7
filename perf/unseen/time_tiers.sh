#!/bin/bash
# Whole-process timing: CPython, corevm --no-jit and corevm (JIT) for each program, runs
# interleaved; prints the medians of wall and CPU (user+sys) seconds.
# Usage: perf/unseen/time_tiers.sh [-r RUNS] [prog.py ...]
cd "$(dirname "$0")"
RUNS=3
if [ "$1" = "-r" ]; then RUNS=$2; shift 2; fi
PY=$(python3 -c 'import sys;print(sys.executable)')
# Time a snapshot of the build, so a rebuild during the run cannot change the engine.
SNAP=$(mktemp -d /tmp/corevm-snap.XXXXXX)
cp -r ../../dist/corevm.* "$SNAP"/
trap 'rm -rf "$SNAP"' EXIT
VM="node --stack-size=7000 $SNAP/corevm.mjs run"
progs=("$@"); [ ${#progs[@]} -eq 0 ] && progs=(*.py)
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-20s %8s %8s %8s   %8s %8s %8s  (cpu; wall)\n' program cpython interp jit cpython interp jit
for p in "${progs[@]}"; do
  declare -A cpu wall
  for e in cpython interp jit; do cpu[$e]=""; wall[$e]=""; done
  for r in $(seq "$RUNS"); do
    for e in cpython interp jit; do
      case $e in cpython) cmd="$PY $p";; interp) cmd="$VM --no-jit $p";; jit) cmd="$VM $p";; esac
      /usr/bin/time -f '%e %U %S' -o /tmp/time_tiers.$$ $cmd > /dev/null 2>&1
      read w u s < <(tail -1 /tmp/time_tiers.$$)
      cpu[$e]+="$(echo "$u + $s" | bc) "; wall[$e]+="$w "
    done
  done
  line=$(printf '%-20s' "$p")
  for e in cpython interp jit; do line+=$(printf ' %8s' "$(echo ${cpu[$e]} | tr ' ' '\n' | median)"); done
  line+="  "
  for e in cpython interp jit; do line+=$(printf ' %8s' "$(echo ${wall[$e]} | tr ' ' '\n' | median)"); done
  echo "$line"
done
rm -f /tmp/time_tiers.$$

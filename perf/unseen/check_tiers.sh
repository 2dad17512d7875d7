#!/bin/bash
# Runs each program under CPython and under corevm in every tier, and compares stdout and
# exit status with CPython's. Usage: perf/unseen/check_tiers.sh [prog.py ...]
cd "$(dirname "$0")"
PY=$(python3 -c 'import sys;print(sys.executable)')
VM="node --stack-size=7000 ../../dist/corevm.mjs run"
TIERS=("--no-jit" "" "--jit-eager" "--osr-threshold=1" "--jit-eager --deopt-stress")
progs=("$@"); [ ${#progs[@]} -eq 0 ] && progs=(*.py)
for p in "${progs[@]}"; do
  $PY "$p" > /tmp/unseen.exp.$$ 2>/dev/null; erc=$?
  line="$p:"
  for t in "${TIERS[@]}"; do
    $VM $t "$p" > /tmp/unseen.got.$$ 2>/tmp/unseen.err.$$; grc=$?
    if [ $grc -eq $erc ] && cmp -s /tmp/unseen.exp.$$ /tmp/unseen.got.$$; then line="$line ok"; else line="$line FAIL[${t:-default}:rc=$grc]"; cp /tmp/unseen.got.$$ "/tmp/unseen.fail.${p%.py}.${t// /_}.out"; cp /tmp/unseen.err.$$ "/tmp/unseen.fail.${p%.py}.${t// /_}.err"; fi
  done
  echo "$line"
done
rm -f /tmp/unseen.*.$$

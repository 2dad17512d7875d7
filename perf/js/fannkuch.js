// JavaScript twin of perf/programs/fannkuch.py: the same permutation order (a rotation
// counter), prefix reversals in place on typed arrays instead of slices, and the same
// checksum and maximum. Usage: node perf/js/fannkuch.js [n]

const DEFAULT_N = 9;

function countFlips(perm, work) {
  work.set(perm);
  let flips = 0;
  let first = work[0];
  while (first !== 1) {
    for (let lo = 0, hi = first - 1; lo < hi; lo++, hi--) {
      const t = work[lo];
      work[lo] = work[hi];
      work[hi] = t;
    }
    flips++;
    first = work[0];
  }
  return flips;
}

function main(n) {
  const perm = Int32Array.from({ length: n }, (_, i) => i + 1);
  const work = new Int32Array(n);
  const counters = new Int32Array(n);
  let checksum = 0, maxFlips = 0, index = 0;
  for (;;) {
    const flips = countFlips(perm, work);
    if (flips > maxFlips) maxFlips = flips;
    checksum += index % 2 === 0 ? flips : -flips;
    index++;
    let k = 1;
    for (; k < n; k++) {
      // Rotate perm[0..k] left by one.
      const first = perm[0];
      for (let i = 0; i < k; i++) perm[i] = perm[i + 1];
      perm[k] = first;
      if (++counters[k] <= k) break;
      counters[k] = 0;
    }
    if (k === n) break;
  }
  return `${checksum}\nPfannkuchen(${n}) = ${maxFlips}`;
}

console.log(main(process.argv[2] ? Number(process.argv[2]) : DEFAULT_N));

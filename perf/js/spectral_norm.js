// JavaScript twin of perf/programs/spectral_norm.py: ten rounds of power iteration on
// A^T A with A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), the same summation order and
// the same '%.9f' output. Usage: node perf/js/spectral_norm.js [n]

const DEFAULT_N = 300;

function entry(i, j) {
  const s = i + j;
  return 1.0 / (((s * (s + 1)) >>> 1) + i + 1);
}

function times(v, out, n) {
  for (let i = 0; i < n; i++) {
    let total = 0.0;
    for (let j = 0; j < n; j++) total += entry(i, j) * v[j];
    out[i] = total;
  }
}

function timesTransposed(v, out, n) {
  for (let i = 0; i < n; i++) {
    let total = 0.0;
    for (let j = 0; j < n; j++) total += entry(j, i) * v[j];
    out[i] = total;
  }
}

function timesAtA(v, out, tmp, n) {
  times(v, tmp, n);
  timesTransposed(tmp, out, n);
}

function main(n) {
  const u = new Float64Array(n).fill(1.0);
  const v = new Float64Array(n);
  const tmp = new Float64Array(n);
  for (let round = 0; round < 10; round++) {
    timesAtA(u, v, tmp, n);
    timesAtA(v, u, tmp, n);
  }
  let vbv = 0.0, vv = 0.0;
  for (let i = 0; i < n; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  return Math.sqrt(vbv / vv).toFixed(9);
}

console.log(main(process.argv[2] ? Number(process.argv[2]) : DEFAULT_N));

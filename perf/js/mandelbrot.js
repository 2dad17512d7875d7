// JavaScript twin of perf/programs/mandelbrot.py: the same escape-time loop over the same
// grid (the same float expressions, so the same iteration counts) and the same output.
// Usage: node perf/js/mandelbrot.js [n]

const DEFAULT_N = 400;
const MAX_ITER = 100;

function escapeTime(cr, ci) {
  let zr = 0.0, zi = 0.0;
  for (let i = 0; i < MAX_ITER; i++) {
    const zr2 = zr * zr, zi2 = zi * zi;
    if (zr2 + zi2 > 4.0) return i;
    zi = 2.0 * zr * zi + ci;
    zr = zr2 - zi2 + cr;
  }
  return MAX_ITER;
}

function main(n) {
  let inside = 0, total = 0;
  const rows = [];
  const step = Math.max(1, Math.floor(n / 24));
  const row = new Int32Array(n);
  for (let y = 0; y < n; y++) {
    const ci = -1.25 + 2.5 * y / n;
    for (let x = 0; x < n; x++) {
      const iterations = escapeTime(-2.0 + 2.5 * x / n, ci);
      total += iterations;
      if (iterations === MAX_ITER) inside++;
      row[x] = iterations;
    }
    if (y % step === 0) {
      let line = '';
      for (let x = 0; x < n; x += step) line += row[x] === MAX_ITER ? '#' : row[x] > 10 ? '+' : '.';
      rows.push(line);
    }
  }
  return `inside: ${inside}, iterations: ${total}\n${rows.join('\n')}`;
}

console.log(main(process.argv[2] ? Number(process.argv[2]) : DEFAULT_N));

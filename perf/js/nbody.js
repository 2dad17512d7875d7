// JavaScript twin of perf/programs/nbody.py: the same bodies, the same operation order (so
// the same IEEE doubles) and the same '%.9f' output; bodies live in one Float64Array.
// toFixed(9) and Python's '%.9f' agree except on exact decimal ties, which these values avoid.
// Usage: node perf/js/nbody.js [steps]

const DEFAULT_N = 200000;
const PI = 3.14159265358979323;
const SOLAR_MASS = 4 * PI * PI;
const DAYS_PER_YEAR = 365.24;
const FIELDS = 7; // x y z vx vy vz mass

const INITIAL = [
  [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0],
  [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
    1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04],
  [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
    -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04],
  [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
    2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05],
  [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
    2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05],
];

function makeSystem() {
  const b = new Float64Array(INITIAL.length * FIELDS);
  INITIAL.forEach(([x, y, z, vx, vy, vz, mass], i) => {
    b.set([x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR, mass * SOLAR_MASS], i * FIELDS);
  });
  return b;
}

function offsetMomentum(b) {
  let px = 0.0, py = 0.0, pz = 0.0;
  for (let i = 0; i < b.length; i += FIELDS) {
    px += b[i + 3] * b[i + 6];
    py += b[i + 4] * b[i + 6];
    pz += b[i + 5] * b[i + 6];
  }
  b[3] = -px / SOLAR_MASS;
  b[4] = -py / SOLAR_MASS;
  b[5] = -pz / SOLAR_MASS;
}

function energy(b) {
  let e = 0.0;
  for (let i = 0; i < b.length; i += FIELDS) {
    e += 0.5 * b[i + 6] * (b[i + 3] * b[i + 3] + b[i + 4] * b[i + 4] + b[i + 5] * b[i + 5]);
    for (let j = i + FIELDS; j < b.length; j += FIELDS) {
      const dx = b[i] - b[j], dy = b[i + 1] - b[j + 1], dz = b[i + 2] - b[j + 2];
      e -= b[i + 6] * b[j + 6] / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

function advance(b, dt, steps) {
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < b.length; i += FIELDS) {
      for (let j = i + FIELDS; j < b.length; j += FIELDS) {
        const dx = b[i] - b[j], dy = b[i + 1] - b[j + 1], dz = b[i + 2] - b[j + 2];
        const dist2 = dx * dx + dy * dy + dz * dz;
        const mag = dt / (dist2 * Math.sqrt(dist2));
        const bm = b[j + 6] * mag, am = b[i + 6] * mag;
        b[i + 3] -= dx * bm;
        b[i + 4] -= dy * bm;
        b[i + 5] -= dz * bm;
        b[j + 3] += dx * am;
        b[j + 4] += dy * am;
        b[j + 5] += dz * am;
      }
    }
    for (let i = 0; i < b.length; i += FIELDS) {
      b[i] += dt * b[i + 3];
      b[i + 1] += dt * b[i + 4];
      b[i + 2] += dt * b[i + 5];
    }
  }
}

function main(n) {
  const bodies = makeSystem();
  offsetMomentum(bodies);
  const before = energy(bodies);
  advance(bodies, 0.01, n);
  const after = energy(bodies);
  return `${before.toFixed(9)}\n${after.toFixed(9)}`;
}

console.log(main(process.argv[2] ? Number(process.argv[2]) : DEFAULT_N));

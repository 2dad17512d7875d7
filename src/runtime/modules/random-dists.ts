// The distributions of Lib/random.py (3.11) that random-mt.ts leaves out: vonmisesvariate,
// gammavariate, betavariate, paretovariate and weibullvariate, written on the generator's
// random() and glibc-accurate libm so seeded results match CPython bit for bit.

import { raise } from '../exceptions.js';
import type { MersenneTwister } from '../random-mt.js';
import { libm } from '../pymath.js';

const TWOPI = 2.0 * Math.PI;
const LOG4 = libm.log(4.0);
const SG_MAGICCONST = 1.0 + libm.log(4.5);

/** Python's float % (the result takes the divisor's sign). */
function floatMod(a: number, b: number): number {
  const m = a % b;
  return m !== 0 && (m < 0) !== (b < 0) ? m + b : m;
}

export function vonmisesvariate(mt: MersenneTwister, mu: number, kappa: number): number {
  if (kappa <= 1e-6) return TWOPI * mt.random();
  const s = 0.5 / kappa;
  const r = s + Math.sqrt(1.0 + s * s);
  let z: number;
  for (;;) {
    const u1 = mt.random();
    z = libm.cos(Math.PI * u1);
    const d = z / (r + z);
    const u2 = mt.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * libm.exp(d)) break;
  }
  const q = 1.0 / r;
  const f = (q + z) / (1.0 + q * z);
  const u3 = mt.random();
  return u3 > 0.5 ? floatMod(mu + libm.acos(f), TWOPI) : floatMod(mu - libm.acos(f), TWOPI);
}

function gammaLarge(mt: MersenneTwister, alpha: number, beta: number): number {
  const ainv = Math.sqrt(2.0 * alpha - 1.0);
  const bbb = alpha - LOG4;
  const ccc = alpha + ainv;
  for (;;) {
    const u1 = mt.random();
    if (!(u1 > 1e-7 && u1 < 0.9999999)) continue;
    const u2 = 1.0 - mt.random();
    const v = libm.log(u1 / (1.0 - u1)) / ainv;
    const x = alpha * libm.exp(v);
    const z = u1 * u1 * u2;
    const r = bbb + ccc * v - x;
    if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= libm.log(z)) return x * beta;
  }
}

/** ALGORITHM GS of Statistical Computing (Kennedy & Gentle), for 0 < alpha < 1. */
function gammaSmall(mt: MersenneTwister, alpha: number, beta: number): number {
  let x: number;
  for (;;) {
    const u = mt.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1.0 ? libm.pow(p, 1.0 / alpha) : -libm.log((b - p) / alpha);
    const u1 = mt.random();
    if (p > 1.0) {
      if (u1 <= libm.pow(x, alpha - 1.0)) break;
    } else if (u1 <= libm.exp(-x)) {
      break;
    }
  }
  return x * beta;
}

export function gammavariate(mt: MersenneTwister, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) raise('ValueError', 'gammavariate: alpha and beta must be > 0.0');
  if (alpha > 1.0) return gammaLarge(mt, alpha, beta);
  if (alpha === 1.0) return -libm.log(1.0 - mt.random()) * beta;
  return gammaSmall(mt, alpha, beta);
}

export function betavariate(mt: MersenneTwister, alpha: number, beta: number): number {
  const y = gammavariate(mt, alpha, 1.0);
  return y !== 0 ? y / (y + gammavariate(mt, beta, 1.0)) : 0.0;
}

export function paretovariate(mt: MersenneTwister, alpha: number): number {
  const u = 1.0 - mt.random();
  return libm.pow(u, -1.0 / alpha);
}

export function weibullvariate(mt: MersenneTwister, alpha: number, beta: number): number {
  const u = 1.0 - mt.random();
  return alpha * libm.pow(-libm.log(u), 1.0 / beta);
}

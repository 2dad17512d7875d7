// Python's `math` module as pure functions on JS values, with CPython 3.11's results and errors
// (Modules/mathmodule.c). Floats are JS numbers, ints are numbers within ±(2^53−1) or bigints.
// The float results come from libm.ts (what glibc computes under CPython) and pymath-gamma.ts;
// this file adds argument handling, the exact and integer functions, and CPython's exceptions.
// It never touches the VM object model; errors are raised with pyThrow and CPython's wording.

import { pyThrow } from './host-error.js';
import { libm } from './libm.js';
import { frexp, ldexpExact } from './libm-kernels.js';
import { lgamma, takeMathErrno, tgamma } from './pymath-gamma.js';

/** Re-exported for callers that still import the C-level functions from here. */
export { libm };

type Int = number | bigint;

const {
  cbrt: cCbrt, exp: cExp, exp2: cExp2, log: cLog, log2: cLog2, log10: cLog10, pow: cPow, sin: cSin,
  cos: cCos, tan: cTan, asin: cAsin, acos: cAcos, atan: cAtan, atan2: atan2Special, sinh: cSinh,
  cosh: cCosh, asinh: cAsinh, acosh: cAcosh, erf: cErf, erfc: cErfc,
} = libm;

const BITS = new DataView(new ArrayBuffer(8));

// =============================================================================================
// The Python-level math module (Modules/mathmodule.c), with CPython's error behaviour
// =============================================================================================

/** A Python int or float argument, for the functions whose result depends on which it is. */
export type IntOrFloat = { readonly int: number | bigint } | { readonly float: number };

function domainError(): never {
  return pyThrow('ValueError', 'math domain error');
}

function rangeError(): never {
  return pyThrow('OverflowError', 'math range error');
}

/** A Python int in canonical form: number within ±(2^53−1), bigint beyond. */
function normInt(v: bigint): Int {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** PyLong_AsDouble: correctly rounded, OverflowError beyond the float range. */
export function intToFloat(v: Int): number {
  if (typeof v === 'number') return v;
  const d = Number(v);
  if (!Number.isFinite(d)) pyThrow('OverflowError', 'int too large to convert to float');
  return d;
}

/** The float value of an int-or-float argument (PyFloat_AsDouble). */
export function asFloat(v: IntOrFloat): number {
  return 'float' in v ? v.float : intToFloat(v.int);
}

/** math_1: NaN from a non-NaN → ValueError; ±inf from a finite → OverflowError or ValueError. */
function math1(x: number, f: (x: number) => number, canOverflow: boolean): number {
  const r = f(x);
  if (r !== r && x === x) domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) return canOverflow ? rangeError() : domainError();
  return r;
}

/** math_2: NaN from non-NaNs → ValueError, ±inf from finites → OverflowError. */
function math2(x: number, y: number, f: (x: number, y: number) => number): number {
  const r = f(x, y);
  if (r !== r && x === x && y === y) domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) rangeError();
  return r;
}

/** math_1a: errors reported through errno (gamma, lgamma). */
function math1a(x: number, f: (x: number) => number): number {
  takeMathErrno();
  const r = f(x);
  const errno = takeMathErrno();
  if (errno === 'EDOM') domainError();
  if (errno === 'ERANGE' && Math.abs(r) >= 1.5) rangeError();
  return r;
}

/** PyLong_FromDouble after floor/ceil/trunc, with CPython's errors for inf and nan. */
function floatToInt(x: number): Int {
  if (x !== x) pyThrow('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) pyThrow('OverflowError', 'cannot convert float infinity to integer');
  if (Number.isSafeInteger(x)) return x === 0 ? 0 : x;
  return BigInt(x);
}

/** _PyLong_Frexp for a positive int too large for a float: x ≈ m·2^e, m in [0.5, 1). */
function bigFrexp(v: bigint): [number, number] {
  const bits = v.toString(2).length;
  const shift = bits - 55;
  let top = v >> BigInt(shift);
  if ((top << BigInt(shift)) !== v) top |= 1n; // sticky bit: Number() then rounds correctly
  const m = Number(top) * 2 ** -55;
  return m === 1 ? [0.5, bits + 1] : [m, bits];
}

/** loghelper: ints of any size (log(x) = log(m) + log(2)·e), floats through math_1. */
function logHelper(x: IntOrFloat, f: (x: number) => number): number {
  if ('float' in x) return math1(x.float, f, false);
  const v = x.int;
  if (v <= 0) domainError();
  const d = Number(v);
  if (Number.isFinite(d)) return f(d);
  const [m, e] = bigFrexp(v as bigint);
  return f(m) + f(2.0) * e;
}

function pyPow(x: number, y: number): number {
  let r: number;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) r = y === 0 ? 1 : x;
    else if (y !== y) r = x === 1 ? 1 : y;
    else if (x === Infinity || x === -Infinity) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? (x < 0 ? -0 : 0) : 0;
    } else if (Math.abs(x) === 1) r = 1;
    else if (y > 0 && Math.abs(x) > 1) r = y;
    else if (y < 0 && Math.abs(x) < 1) r = -y;
    else r = 0;
    return r;
  }
  r = cPow(x, y);
  if (r !== r) domainError();
  if (r === Infinity || r === -Infinity) return x === 0 ? domainError() : rangeError();
  return r;
}

function pyLdexp(x: number, i: Int): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  if (i > 2147483647) rangeError();
  if (i < -2147483648) return x < 0 ? -0 : 0;
  const r = cLdexp(x, Number(i));
  if (r === Infinity || r === -Infinity) rangeError();
  return r;
}

/** C ldexp: x·2^n rounded once, even into the subnormal range. */
function cLdexp(x: number, n: number): number {
  const [m, e] = frexp(x);
  const t = e + n;
  if (t > 1024) return x > 0 ? Infinity : -Infinity;
  if (t >= -1021) return ldexpExact(m, t);
  if (t < -1076) return x > 0 ? 0 : -0;
  return ldexpExact(ldexpExact(m, t + 1022), -1022); // one rounding in the final scaling
}

/** m_remainder: x − n·y with n the nearest integer (ties to even); always exact. */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

function signBitSet(x: number): boolean {
  BITS.setFloat64(0, x);
  return (BITS.getUint8(0) & 0x80) !== 0;
}

function copysign(x: number, y: number): number {
  const ax = Math.abs(x);
  return signBitSet(y) ? -ax : ax;
}

/** fsum: Shewchuk's exact partials with CPython's half-even fix-up (math_fsum). */
function fsum(values: Iterable<number>): number {
  const p: number[] = [];
  let specialSum = 0.0;
  let infSum = 0.0;
  for (const item of values) {
    let x = item;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) pyThrow('OverflowError', 'intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else {
        p.push(x);
      }
    }
  }
  if (specialSum !== 0.0) {
    if (infSum !== infSum) pyThrow('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  return fsumPartials(p);
}

/** Sum the non-overlapping partials from the top, rounding half-even across partials. */
function fsumPartials(p: number[]): number {
  let n = p.length;
  let hi = 0.0;
  let lo = 0.0;
  if (n > 0) {
    hi = p[--n]!;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1]! < 0.0) || (lo > 0.0 && p[n - 1]! > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

/** vector_norm: scaled, compensated sum of squares with a differential sqrt correction. */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    let csum = 1.0;
    let frac1 = 0.0;
    for (const v of vec) {
      const x = (v / max) * (v / max);
      const old = csum;
      csum += x;
      frac1 += old - csum + x;
    }
    return max * Math.sqrt(csum - 1.0 + frac1);
  }
  return vectorNormScaled(vec, ldexpExact(1.0, -maxE));
}

function vectorNormScaled(vec: number[], scale: number): number {
  const T27 = 134217729.0;
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  let frac3 = 0.0;
  const acc = (x: number, which: number) => {
    const old = csum;
    csum += x;
    const f = old - csum + x;
    if (which === 1) frac1 += f;
    else if (which === 2) frac2 += f;
    else frac3 += f;
  };
  for (const v of vec) {
    const x = v * scale;
    const t = x * T27;
    const hi = t - (t - x);
    const lo = x - hi;
    acc(hi * hi, 1);
    acc(2.0 * hi * lo, 2);
    frac3 += lo * lo;
  }
  const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  const t = h * T27;
  const hi = t - (t - h);
  const lo = h - hi;
  acc(-hi * hi, 1);
  acc(-2.0 * hi * lo, 2);
  acc(-lo * lo, 3);
  const x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

function hypot(...coords: number[]): number {
  let max = 0.0;
  let foundNan = false;
  const vec = coords.map((c) => {
    const x = Math.abs(c);
    if (x !== x) foundNan = true;
    if (x > max) max = x;
    return x;
  });
  return vectorNorm(vec, max, foundNan);
}

function dist(p: readonly number[], q: readonly number[]): number {
  if (p.length !== q.length) pyThrow('ValueError', 'both points must have the same number of dimensions');
  let max = 0.0;
  let foundNan = false;
  const diffs = p.map((px, i) => {
    const x = Math.abs(px - q[i]!);
    if (x !== x) foundNan = true;
    if (x > max) max = x;
    return x;
  });
  return vectorNorm(diffs, max, foundNan);
}

function isclose(a: number, b: number, relTol = 1e-9, absTol = 0.0): boolean {
  if (relTol < 0.0 || absTol < 0.0) pyThrow('ValueError', 'tolerances must be non-negative');
  if (a === b) return true;
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

function modf(x: number): [number, number] {
  if (x === Infinity || x === -Infinity) return [x > 0 ? 0 : -0, x];
  if (x !== x) return [x, x];
  const ip = Math.trunc(x);
  return [copysign(x - ip, x), ip];
}

function pyFrexp(x: number): [number, number] {
  if (x !== x || x === 0 || !Number.isFinite(x)) return [x, 0];
  return frexp(x);
}

function fmod(x: number, y: number): number {
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return x;
  const r = x % y;
  if (r !== r && x === x && y === y) domainError();
  return r;
}

function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  BITS.setFloat64(0, x);
  let bits = BITS.getBigUint64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  BITS.setBigUint64(0, bits);
  return BITS.getFloat64(0);
}

function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}

// ---------------------------------------------------------------------------------------------
// Integer functions (exact, on number or bigint)
// ---------------------------------------------------------------------------------------------

const LONG_MAX = 9223372036854775807n;

function big(v: Int): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** Product of the integers in [lo, hi) by binary splitting. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let p = lo;
    for (let i = lo + 1n; i < hi; i++) p *= i;
    return p;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

function factorial(n: Int): Int {
  if (n < 0) pyThrow('ValueError', 'factorial() not defined for negative values');
  if (big(n) > LONG_MAX) pyThrow('OverflowError', `factorial() argument should not exceed ${LONG_MAX}`);
  const k = Number(n);
  if (k <= 18) {
    let p = 1;
    for (let i = 2; i <= k; i++) p *= i; // exact: 18! < 2^53
    return p;
  }
  return normInt(rangeProduct(2n, BigInt(k) + 1n));
}

function gcd2(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b !== 0) [a, b] = [b, a % b];
    return a;
  }
  let x = big(a);
  let y = big(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) [x, y] = [y, x % y];
  return normInt(x);
}

function gcd(...args: Int[]): Int {
  let res: Int = 0;
  for (const a of args) res = gcd2(res, a);
  return res;
}

function lcm(...args: Int[]): Int {
  if (args.length === 0) return 1;
  let res = big(args[0]!);
  if (res < 0n) res = -res;
  for (let i = 1; i < args.length; i++) {
    const b = big(args[i]!);
    if (res === 0n || b === 0n) {
      res = 0n;
      continue;
    }
    const g = big(gcd2(normInt(res), args[i]!));
    res = (res / g) * b;
    if (res < 0n) res = -res;
  }
  return normInt(res);
}

function comb(n: Int, k: Int): Int {
  if (n < 0) pyThrow('ValueError', 'n must be a non-negative integer');
  if (k < 0) pyThrow('ValueError', 'k must be a non-negative integer');
  const bn = big(n);
  let bk = big(k);
  if (bk > bn) return 0;
  if (bn - bk < bk) bk = bn - bk;
  if (bk > LONG_MAX) pyThrow('OverflowError', `min(n - k, k) must not exceed ${LONG_MAX}`);
  return normInt(rangeProduct(bn - bk + 1n, bn + 1n) / rangeProduct(1n, bk + 1n));
}

function perm(n: Int, k?: Int | null): Int {
  if (k === undefined || k === null) return factorial(n);
  if (n < 0) pyThrow('ValueError', 'n must be a non-negative integer');
  if (k < 0) pyThrow('ValueError', 'k must be a non-negative integer');
  const bn = big(n);
  const bk = big(k);
  if (bk > bn) return 0;
  if (bk > LONG_MAX) pyThrow('OverflowError', `k must not exceed ${LONG_MAX}`);
  return normInt(rangeProduct(bn - bk + 1n, bn + 1n));
}

function isqrt(n: Int): Int {
  if (n < 0) pyThrow('ValueError', 'isqrt() argument must be nonnegative');
  if (typeof n === 'number') {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  // Newton's iteration from above on bigints.
  let x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return normInt(x);
    x = y;
  }
}

/** prod(iterable, start=1): Python's * folded left, ints staying exact. */
function prod(items: Iterable<IntOrFloat>, start: IntOrFloat = { int: 1 }): IntOrFloat {
  let acc = start;
  for (const item of items) {
    if ('int' in acc && 'int' in item) {
      acc = { int: normInt(big(acc.int) * big(item.int)) };
    } else {
      acc = { float: asFloat(acc) * asFloat(item) };
    }
  }
  return acc;
}

// ---------------------------------------------------------------------------------------------
// The module
// ---------------------------------------------------------------------------------------------

/**
 * math.<name> implementations. Float parameters take JS numbers (the caller converts ints with
 * intToFloat, raising OverflowError as CPython does); int parameters take number | bigint;
 * log/log2/log10/prod take IntOrFloat because CPython treats big ints specially there.
 * floor/ceil/trunc here are the float versions (an int argument is returned unchanged).
 */
export const pymath = {
  pi: Math.PI,
  e: Math.E,
  tau: 2 * Math.PI,
  inf: Infinity,
  nan: NaN,

  sqrt: (x: number) => math1(x, Math.sqrt, false),
  cbrt: (x: number) => math1(x, cCbrt, false),
  exp: (x: number) => math1(x, cExp, true),
  exp2: (x: number) => math1(x, cExp2, true),
  expm1: (x: number) => math1(x, Math.expm1, true),
  log: (x: IntOrFloat, base?: IntOrFloat) => {
    const num = logHelper(x, mLog);
    if (base === undefined) return num;
    const den = logHelper(base, mLog);
    if (den === 0) pyThrow('ZeroDivisionError', 'float division by zero');
    return num / den;
  },
  log2: (x: IntOrFloat) => logHelper(x, (v) => (v === 0 ? -Infinity : cLog2(v))),
  log10: (x: IntOrFloat) => logHelper(x, (v) => (v === 0 ? -Infinity : cLog10(v))),
  log1p: (x: number) => math1(x, (v) => (v === 0 ? v : Math.log1p(v)), false),
  pow: pyPow,
  sin: (x: number) => math1(x, cSin, false),
  cos: (x: number) => math1(x, cCos, false),
  tan: (x: number) => math1(x, cTan, false),
  asin: (x: number) => math1(x, cAsin, false),
  acos: (x: number) => math1(x, cAcos, false),
  atan: (x: number) => math1(x, cAtan, false),
  atan2: (y: number, x: number) => math2(y, x, atan2Special),
  sinh: (x: number) => math1(x, cSinh, true),
  cosh: (x: number) => math1(x, cCosh, true),
  tanh: (x: number) => math1(x, Math.tanh, false),
  asinh: (x: number) => math1(x, cAsinh, false),
  acosh: (x: number) => math1(x, cAcosh, false),
  atanh: (x: number) => math1(x, Math.atanh, false),
  erf: (x: number) => cErf(x),
  erfc: (x: number) => cErfc(x),
  gamma: (x: number) => math1a(x, tgamma),
  lgamma: (x: number) => math1a(x, lgamma),
  fabs: (x: number) => Math.abs(x),
  floor: (x: number) => floatToInt(Math.floor(x)),
  ceil: (x: number) => floatToInt(Math.ceil(x)),
  trunc: (x: number) => floatToInt(Math.trunc(x)),
  copysign: (x: number, y: number) => copysign(x, y),
  fmod,
  remainder: (x: number, y: number) => math2(x, y, remainder),
  modf,
  frexp: pyFrexp,
  ldexp: pyLdexp,
  isfinite: (x: number) => Number.isFinite(x),
  isinf: (x: number) => x === Infinity || x === -Infinity,
  isnan: (x: number) => x !== x,
  isclose,
  degrees: (x: number) => x * (180.0 / Math.PI),
  radians: (x: number) => x * (Math.PI / 180.0),
  hypot,
  dist,
  fsum,
  prod,
  nextafter,
  ulp,
  factorial,
  gcd,
  lcm,
  comb,
  perm,
  isqrt,
};

/** m_log: log with log(0) = −inf so math_1 reports ValueError rather than a NaN. */
function mLog(x: number): number {
  return x === 0 ? -Infinity : cLog(x);
}

/** What each math function accepts: 'float' (number), 'int' (number | bigint), 'real'
 *  (IntOrFloat), suffixed '...' for varargs and '?' for optional; '->int' marks int results. */
export const MATH_SIGNATURES: Record<string, string> = {
  sqrt: 'float', cbrt: 'float', exp: 'float', exp2: 'float', expm1: 'float', log: 'real, real?',
  log2: 'real', log10: 'real', log1p: 'float', pow: 'float, float', sin: 'float', cos: 'float',
  tan: 'float', asin: 'float', acos: 'float', atan: 'float', atan2: 'float, float', sinh: 'float',
  cosh: 'float', tanh: 'float', asinh: 'float', acosh: 'float', atanh: 'float', erf: 'float',
  erfc: 'float', gamma: 'float', lgamma: 'float', fabs: 'float', floor: 'float ->int',
  ceil: 'float ->int', trunc: 'float ->int', copysign: 'float, float', fmod: 'float, float',
  remainder: 'float, float', modf: 'float -> (float, float)', frexp: 'float -> (float, int)',
  ldexp: 'float, int', isfinite: 'float', isinf: 'float', isnan: 'float',
  isclose: 'float, float, rel_tol: float, abs_tol: float', degrees: 'float', radians: 'float',
  hypot: 'float...', dist: 'float[], float[]', fsum: 'float[]', prod: 'real[], start: real',
  nextafter: 'float, float', ulp: 'float', factorial: 'int ->int', gcd: 'int... ->int',
  lcm: 'int... ->int', comb: 'int, int ->int', perm: 'int, int? ->int', isqrt: 'int ->int',
};

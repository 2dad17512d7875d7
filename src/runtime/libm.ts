// The C library functions underneath CPython's math module (and random), with glibc's special
// values: exp, log, pow and the trigonometric functions correctly rounded (as glibc almost
// always is, which V8's Math.* is not), and log10, cbrt, sinh, cosh, asinh, acosh, erf, erfc by
// our own double-double evaluation, rounded once. Sits between libm-kernels.ts and pymath.ts;
// it never raises Python errors (pymath.ts maps NaN/inf results to CPython's exceptions).

import { cErf, cErfc } from './libm-erf.js';
import {
  FACT, LN2, PI, PIO2, RH, RL, atanDD, ddAdd, ddDiv, ddMul, ddSet, ddSqrt, ddTable, expCore, frexp,
  ldexpExact, log1pDD, logDD, reduceHalfPi, scaleRound, sinCosDD, sinCosKernel, twoProdErr,
} from './libm-kernels.js';

// =============================================================================================
// exp, log, pow and trigonometric functions (glibc rounds these correctly almost always)
// =============================================================================================

function cExp(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (Math.abs(x) < 2 ** -54) return 1 + x;
  const k = expCore(x, 0);
  return scaleRound(RH, RL, k);
}

function cExp2(x: number): number {
  if (x !== x) return x;
  if (x >= 1024) return Infinity;
  if (x < -1075) return 0;
  if (Number.isInteger(x)) return ldexpExact(1, x);
  const p = x * LN2[0];
  const k = expCore(p, twoProdErr(x, LN2[0], p) + x * LN2[1]);
  return scaleRound(RH, RL, k);
}

function cLog(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === 1) return 0;
  logDD(x);
  return RH + RL;
}

function cLog2(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  let [m, e] = frexp(x);
  if (m === 0.5) return e - 1;
  if (m < Math.SQRT1_2) {
    m *= 2;
    e -= 1;
  }
  logDD(m);
  ddDiv(RH, RL, LN2[0], LN2[1]);
  ddAdd(RH, RL, e, 0);
  return RH + RL;
}

/** pow(x, y) with C99 Annex F special cases, correctly rounded for finite arguments. */
function cPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
    return Math.pow(x, y); // JS agrees with C99 on every other non-finite case
  }
  const yInt = Number.isInteger(y);
  const yOdd = yInt && Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1;
  if (x === 0) {
    const neg = Object.is(x, -0) && yOdd;
    if (y < 0) return neg ? -Infinity : Infinity;
    return neg ? -0 : 0;
  }
  if (x < 0 && !yInt) return NaN;
  const sign = x < 0 && yOdd ? -1 : 1;
  const ax = Math.abs(x);
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x); // both correctly rounded; x > 0 here
  if (y > 0 && yInt && Number.isInteger(ax)) {
    const r = Math.pow(ax, y); // exact while the integer result fits in 53 bits
    if (r < 2 ** 53) return sign * r;
  }
  const exact = exactIntPow(ax, y);
  if (exact !== undefined) return sign * exact;
  logDD(ax);
  const lh = RH;
  const ll = RL;
  const ph = y * lh;
  const pl = twoProdErr(y, lh, ph) + y * ll;
  if (ph > 710) return sign * Infinity;
  if (ph < -746) return sign * 0;
  const k = expCore(ph, pl);
  return sign * scaleRound(RH, RL, k);
}

/** ax^y exactly rounded when ax = m·2^e (m odd) and y is a small positive integer. */
function exactIntPow(ax: number, y: number): number | undefined {
  if (!Number.isInteger(y) || y < 2 || y > 64) return undefined;
  const [fm, fe] = frexp(ax);
  let m = fm * 2 ** 53;
  let e = fe - 53;
  while (m % 2 === 0) {
    m /= 2;
    e++;
  }
  if (Math.log2(m) * y > 1100) return undefined;
  const big = BigInt(m) ** BigInt(y);
  const bits = big.toString(2).length;
  if (bits + e * y < -1000 || bits + e * y > 1024) return undefined;
  if (bits <= 53 || e * y + bits >= -1021) return ldexpExact(Number(big), e * y);
  return undefined;
}

function cSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  sinCosDD(x, false);
  return RH + RL;
}

function cCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  sinCosDD(x, true);
  return RH + RL;
}

function cTan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  const q = reduceHalfPi(x);
  const rh = RH;
  const rl = RL;
  sinCosKernel(rh, rl, false);
  const sh = RH;
  const sl = RL;
  sinCosKernel(rh, rl, true);
  if (q % 2 === 0) ddDiv(sh, sl, RH, RL);
  else ddDiv(-RH, -RL, sh, sl);
  return RH + RL;
}

function cAtan(x: number): number {
  if (x !== x) return x;
  if (x === 0) return x;
  if (!Number.isFinite(x)) return x > 0 ? PIO2[0] : -PIO2[0];
  atanDD(Math.abs(x), 0);
  return x < 0 ? -(RH + RL) : RH + RL;
}

function cAsin(x: number): number {
  if (x !== x || x === 0) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax === 1) return x > 0 ? PIO2[0] : -PIO2[0];
  const oneMinus = 1 - ax;
  const omL = 1 - oneMinus - ax;
  const onePlus = 1 + ax;
  const opL = 1 - onePlus + ax;
  ddMul(oneMinus, omL, onePlus, opL);
  ddSqrt(RH, RL);
  ddDiv(ax, 0, RH, RL);
  atanDD(RH, RL);
  return x < 0 ? -(RH + RL) : RH + RL;
}

function cAcos(x: number): number {
  if (x !== x) return x;
  if (x > 1 || x < -1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI[0];
  const oneMinus = 1 - x;
  const omL = 1 - oneMinus - x;
  const onePlus = 1 + x;
  const opL = 1 - onePlus + x;
  ddDiv(oneMinus, omL, onePlus, opL);
  ddSqrt(RH, RL);
  atanDD(RH, RL);
  return 2 * RH + 2 * RL;
}

/** atan2 for finite, nonzero y and x (the special cases are handled by m_atan2). */
function atan2Finite(y: number, x: number): number {
  // Only y/x matters: huge or tiny pairs are scaled by a power of two so that the dd products
  // below can neither overflow nor underflow.
  const largest = Math.max(Math.abs(y), Math.abs(x));
  const scale = largest > 2 ** 900 ? 2 ** -200 : largest < 2 ** -900 ? 2 ** 200 : 1;
  const ay = Math.abs(y) * scale;
  const ax = Math.abs(x) * scale;
  if (ay > ax * 2 ** 60) {
    ddDiv(ax, 0, ay, 0);
    ddAdd(PIO2[0], PIO2[1], -RH, -RL);
  } else if (ay < ax * 2 ** -60) {
    if (x > 0) return y / x; // atan(q) rounds like q here
    ddSet(ay / ax, 0);
  } else {
    ddDiv(ay, 0, ax, 0);
    atanDD(RH, RL);
  }
  if (x < 0) ddAdd(PI[0], PI[1], -RH, -RL);
  const r = RH + RL;
  return y < 0 ? -r : r;
}

/** m_atan2: C99's special values handled directly, then the correctly rounded kernel. */
function atan2Special(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  const xPos = x > 0 || Object.is(x, 0);
  if (y === Infinity || y === -Infinity) {
    if (x === Infinity || x === -Infinity) return xPos ? Math.sign(y) * 0.25 * Math.PI : Math.sign(y) * 0.75 * Math.PI;
    return Math.sign(y) * 0.5 * Math.PI;
  }
  if (x === Infinity || x === -Infinity || y === 0) {
    const s = y < 0 || Object.is(y, -0) ? -1 : 1;
    return xPos ? s * 0 : s * Math.PI;
  }
  if (x === 0) return y > 0 ? PIO2[0] : -PIO2[0];
  return atan2Finite(y, x);
}

// =============================================================================================
// log10, cbrt and the hyperbolic functions: each formed in dd on the kernels, rounded once
// =============================================================================================

/** ln 10 as dd, from the log kernel itself. */
const LN10: readonly [number, number] = (() => {
  logDD(10);
  return [RH, RL];
})();

/** log10(x) = log(x)/ln 10 in dd; exact powers of ten land on their integer exponent. */
function cLog10(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === 1) return 0;
  logDD(x);
  ddDiv(RH, RL, LN10[0], LN10[1]);
  return RH + RL;
}

/**
 * cbrt: Math.cbrt is within an ulp; one Newton step y − (y³ − x)/(3y²), with y³ − x formed in
 * dd, leaves an error near 2^-103·y, and the single rounding of y − δ gives the nearest float
 * (a cube root is never exactly halfway). Far-off arguments are scaled by 2^(∓999) first so y³
 * stays normal; the root itself is always normal, so scaling back by 2^(±333) is exact.
 */
function cCbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  let ax = Math.abs(x);
  let scale = 0;
  if (ax < 2 ** -900) {
    ax *= 2 ** 999;
    scale = -333;
  } else if (ax > 2 ** 900) {
    ax *= 2 ** -999;
    scale = 333;
  }
  const y = Math.cbrt(ax);
  ddMul(y, 0, y, 0);
  ddMul(RH, RL, y, 0);
  ddAdd(RH, RL, -ax, 0);
  let r = y - (RH + RL) / (3 * y * y);
  if (scale !== 0) r *= 2 ** scale;
  return x < 0 ? -r : r;
}

/** 1/(2j + 1)! for j = 0..13 as dd: sinh's Taylor series below 1/2 (later terms < 2^-119). */
const SINH_C = ddTable(14, (j) => [1, FACT[2 * j + 1]!]);

/** e^a for expBoth (e^−a is left in RH + RL). */
let EH = 0;
let EL = 0;

/** e^a in EH + EL and e^−a in RH + RL, both dd, for 0 ≤ a < 41 (no scaling needed). */
function expBoth(a: number): void {
  const k = expCore(a, 0);
  EH = RH * 2 ** k;
  EL = RL * 2 ** k;
  ddDiv(1, 0, EH, EL);
}

/**
 * sinh(x) = (e^|x| − e^−|x|)/2 in dd. Below 1/2 the Taylor series x·Σ x^2j/(2j + 1)! replaces
 * the cancelling difference; below 2^-28 the result rounds to x (x²/6 < 2^-58). From 41 up
 * e^−|x| is under 2^-118 of the result, and e^|x|/2 = 2^(k−1)·(RH + RL) is scaled only in the
 * final rounding, so it reaches the top of the range (overflow past 710.4758600739439).
 */
function cSinh(x: number): number {
  const ax = Math.abs(x);
  if (!(ax >= 2 ** -28) || ax === Infinity) return x; // NaN, ±0, tiny, ±inf
  let r: number;
  if (ax < 0.5) {
    ddMul(ax, 0, ax, 0);
    const zh = RH;
    const zl = RL;
    let ph = SINH_C[26]!;
    let pl = SINH_C[27]!;
    for (let j = 12; j >= 0; j--) {
      ddMul(ph, pl, zh, zl);
      ddAdd(RH, RL, SINH_C[2 * j]!, SINH_C[2 * j + 1]!);
      ph = RH;
      pl = RL;
    }
    ddMul(ph, pl, ax, 0);
    r = RH + RL;
  } else if (ax < 41) {
    expBoth(ax);
    ddAdd(EH, EL, -RH, -RL);
    r = 0.5 * (RH + RL); // halving a normal float is exact
  } else if (ax < 711) {
    const k = expCore(ax, 0);
    r = scaleRound(RH, RL, k - 1);
  } else {
    r = Infinity;
  }
  return x < 0 ? -r : r;
}

/** cosh(x) = (e^|x| + e^−|x|)/2 in dd (nothing cancels); 1 below 2^-27, where x²/2 < 2^-55. */
function cCosh(x: number): number {
  const ax = Math.abs(x);
  if (ax !== ax) return ax;
  if (ax < 2 ** -27) return 1;
  if (ax < 41) {
    expBoth(ax);
    ddAdd(EH, EL, RH, RL);
    return 0.5 * (RH + RL);
  }
  if (ax < 711) {
    const k = expCore(ax, 0);
    return scaleRound(RH, RL, k - 1);
  }
  return Infinity;
}

/**
 * asinh(x) = log1p(|x| + x²/(1 + √(1 + x²))) in dd: log(|x| + √(x² + 1)) rewritten so nothing
 * cancels near 0. Below 2^-28 it rounds to x (x²/6 < 2^-58); above 2^28 (where x² could
 * overflow), asinh(x) = log(2|x|) + 1/(4x²) − O(x⁻⁴), the dropped term below 2^-115.
 */
function cAsinh(x: number): number {
  const ax = Math.abs(x);
  if (!(ax >= 2 ** -28) || ax === Infinity) return x; // NaN, ±0, tiny, ±inf
  if (ax > 2 ** 28) {
    logDD(ax);
    ddAdd(RH, RL, LN2[0], LN2[1]);
    ddAdd(RH, RL, 0.25 / ax / ax, 0);
  } else {
    ddMul(ax, 0, ax, 0);
    const qh = RH;
    const ql = RL;
    ddAdd(1, 0, qh, ql);
    ddSqrt(RH, RL);
    ddAdd(1, 0, RH, RL);
    ddDiv(qh, ql, RH, RL);
    ddAdd(ax, 0, RH, RL);
    log1pDD(RH, RL);
  }
  const r = RH + RL;
  return x < 0 ? -r : r;
}

/**
 * acosh(x) = log1p(t + √(t·(t + 2))) with t = x − 1, all in dd (x − 1 is exact), so results
 * near x = 1 keep full precision; above 2^28, acosh(x) = log(2x) − 1/(4x²) − O(x⁻⁴).
 */
function cAcosh(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 1) return NaN;
  if (x === 1) return 0;
  if (x > 2 ** 28) {
    logDD(x);
    ddAdd(RH, RL, LN2[0], LN2[1]);
    ddAdd(RH, RL, -0.25 / x / x, 0);
  } else {
    ddAdd(x, 0, -1, 0);
    const th = RH;
    const tl = RL;
    ddAdd(th, tl, 2, 0);
    ddMul(th, tl, RH, RL);
    ddSqrt(RH, RL);
    ddAdd(th, tl, RH, RL);
    log1pDD(RH, RL);
  }
  return RH + RL;
}

// =============================================================================================
// The exported table
// =============================================================================================

/**
 * The C library functions CPython's math module (and random) call. expm1, log1p, sqrt, tanh
 * and atanh come from V8's Math.*; everything else is computed here or in libm-erf.ts.
 */
export const libm = {
  exp: cExp,
  exp2: cExp2,
  expm1: Math.expm1,
  log: cLog,
  log2: cLog2,
  log10: cLog10,
  log1p: Math.log1p,
  pow: cPow,
  sqrt: Math.sqrt,
  cbrt: cCbrt,
  sin: cSin,
  cos: cCos,
  tan: cTan,
  asin: cAsin,
  acos: cAcos,
  atan: cAtan,
  atan2: atan2Special,
  sinh: cSinh,
  cosh: cCosh,
  tanh: Math.tanh,
  asinh: cAsinh,
  acosh: cAcosh,
  atanh: Math.atanh,
  erf: cErf,
  erfc: cErfc,
};

// math.gamma and math.lgamma's float kernels: CPython's own Lanczos approximation
// (Modules/mathmodule.c: m_tgamma, m_lgamma, m_sinpi), evaluated on libm.ts. Used by pymath.ts,
// which turns the errno recorded here into CPython's ValueError/OverflowError; this file never
// raises Python errors itself.

import { libm } from './libm.js';

const { exp: cExp, pow: cPow, log: cLog, sin: cSin, cos: cCos } = libm;

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
  6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
  121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];
const LOGPI = 1.144729885849400174143427351353058711647;

/** Lanczos' sum as a rational function; in powers of 1/x from 5 up, to dodge overflow. */
function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i]!;
      den = den * x + LANCZOS_DEN[i]!;
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i]!;
      den = den / x + LANCZOS_DEN[i]!;
    }
  }
  return num / den;
}

/** C round(): halves away from zero. */
function cRound(x: number): number {
  const a = Math.abs(x);
  let r = Math.trunc(a);
  if (a - r >= 0.5) r += 1; // a − r is exact
  return x < 0 ? -r : r;
}

/** sin(π·x) accurate near integers (m_sinpi); x finite. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = cRound(2.0 * y);
  let r: number;
  switch (n) {
    case 0:
      r = cSin(Math.PI * y);
      break;
    case 1:
      r = cCos(Math.PI * (y - 0.5));
      break;
    case 2:
      r = cSin(Math.PI * (1.0 - y));
      break;
    case 3:
      r = -cCos(Math.PI * (y - 1.5));
      break;
    default:
      r = cSin(Math.PI * (y - 2.0));
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

/** errno as m_tgamma/m_lgamma would set it. */
let mathErrno: 0 | 'EDOM' | 'ERANGE' = 0;

/** Read and clear the errno left by tgamma/lgamma. */
export function takeMathErrno(): 0 | 'EDOM' | 'ERANGE' {
  const e = mathErrno;
  mathErrno = 0;
  return e;
}

export function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    mathErrno = 'EDOM';
    return NaN;
  }
  if (x === 0) {
    mathErrno = 'EDOM';
    return Object.is(x, -0) ? -Infinity : Infinity;
  }
  if (x === Math.floor(x)) {
    if (x < 0) {
      mathErrno = 'EDOM';
      return NaN;
    }
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1]!;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) mathErrno = 'ERANGE';
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    mathErrno = 'ERANGE';
    return Infinity;
  }
  return tgammaLanczos(x, absx);
}

function tgammaLanczos(x: number, absx: number): number {
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = ((-Math.PI / sinpi(absx) / absx) * cExp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= cPow(y, absx - 0.5);
    } else {
      const sqrtpow = cPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / cExp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= cPow(y, absx - 0.5);
    } else {
      const sqrtpow = cPow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) mathErrno = 'ERANGE';
  return r;
}

export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      mathErrno = 'EDOM';
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -cLog(absx);
  let r = cLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (cLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - cLog(Math.abs(sinpi(absx))) - cLog(absx) - r;
  if (!Number.isFinite(r)) mathErrno = 'ERANGE';
  return r;
}

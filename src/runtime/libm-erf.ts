// erf and erfc for libm.ts: our own evaluation in double-double on the exp kernel of
// libm-kernels.ts, rounded once (a power series with positive terms below |x| = 2.5, Laplace's
// continued fraction for erfc above). Part of the runtime's math layer, below pymath.ts; pure
// arithmetic on JS numbers: no VM objects and no Python errors (erf and erfc never raise).

import { PI, RH, RL, ddAdd, ddDiv, ddMul, ddSqrt, ddTable, expCore, scaleRound } from './libm-kernels.js';

/** 1/√π as dd. */
const INV_SQRT_PI: readonly [number, number] = (() => {
  ddSqrt(PI[0], PI[1]);
  ddDiv(1, 0, RH, RL);
  return [RH, RL];
})();

/** Below this |x| erf comes from the series; above, from erfc's continued fraction. */
const SERIES_LIMIT = 2.5;

/** 2/(2n + 1) for n = 0..119 as dd: the ratio between consecutive series terms, over a². */
const TWO_OVER_ODD = ddTable(120, (n) => [2, 2 * n + 1]);

/**
 * erf(a) in RH + RL for 2^-60 ≤ a < 2.5. erf(a) = (2/√π)·e^(−a²)·Σ t_n with t_0 = a and
 * t_n = t_(n−1)·2a²/(2n + 1): every term is positive, so nothing cancels. Terms are summed in
 * dd while they exceed 2^-60 of the sum, then in plain doubles (their relative error, under
 * 2^-47 after at most 30 such steps, stays below 2^-106 of the result) until they fall under
 * 2^-110 of it: at most 56 terms in all.
 */
function erfSeries(a: number): void {
  ddMul(a, 0, a, 0);
  const qh = RH; // a² exactly
  const ql = RL;
  let th = a;
  let tl = 0;
  let sh = a;
  let sl = 0;
  let n = 1;
  for (; n < 120 && th > sh * 2 ** -60; n++) {
    ddMul(th, tl, qh, ql);
    ddMul(RH, RL, TWO_OVER_ODD[2 * n]!, TWO_OVER_ODD[2 * n + 1]!);
    th = RH;
    tl = RL;
    ddAdd(sh, sl, th, tl);
    sh = RH;
    sl = RL;
  }
  let tail = 0;
  for (let t = th; n < 120 && t > sh * 2 ** -110; n++) {
    t *= (2 * qh) / (2 * n + 1);
    tail += t;
  }
  ddAdd(sh, sl, tail, 0);
  sh = RH;
  sl = RL;
  const k = expCore(-qh, -ql); // e^(−a²) ≥ 2^-10 here: scaling by 2^k is exact
  ddMul(sh, sl, RH * 2 ** k, RL * 2 ** k);
  ddMul(RH, RL, 2 * INV_SQRT_PI[0], 2 * INV_SQRT_PI[1]);
}

/**
 * erfc(a) = 2^k·(RH + RL) for 2.5 ≤ a ≤ 27.3; returns k. The continued fraction in its even
 * form, √π·e^(a²)·erfc(a) = 2a/(2a² + 1 − 1·2/(2a² + 5 − 3·4/(2a² + 9 − ...))), is evaluated
 * bottom-up from depth 12 + 450/a² (measured to reach 2^-110 with room to spare; the top
 * 4 + 200/a² levels in dd, the rest in doubles, which measured identical to all-dd), then
 * multiplied by e^(−a²) from the exp kernel on the exact dd a². The power of two is left to
 * the caller so that a result in the subnormal range is rounded once.
 */
function erfcFraction(a: number): number {
  ddMul(a, 0, a, 0);
  const qh = RH;
  const ql = RL;
  // The deep levels barely reach the result: doubles there leave it unchanged in dd.
  const depth = Math.ceil(12 + 450 / qh);
  const ddDepth = Math.min(depth, Math.ceil(4 + 200 / qh));
  let th = 0;
  for (let n = depth; n > ddDepth; n--) th = ((2 * n - 1) * (2 * n)) / (2 * qh + 4 * n + 1 - th);
  let tl = 0;
  for (let n = ddDepth; n >= 1; n--) {
    ddAdd(2 * qh, 2 * ql, 4 * n + 1, 0);
    ddAdd(RH, RL, -th, -tl);
    ddDiv((2 * n - 1) * (2 * n), 0, RH, RL);
    th = RH;
    tl = RL;
  }
  ddAdd(2 * qh, 2 * ql, 1, 0);
  ddAdd(RH, RL, -th, -tl);
  ddDiv(2 * a, 0, RH, RL);
  ddMul(RH, RL, INV_SQRT_PI[0], INV_SQRT_PI[1]);
  const fh = RH;
  const fl = RL;
  const k = expCore(-qh, -ql);
  ddMul(RH, RL, fh, fl);
  return k;
}

export function cErf(x: number): number {
  const ax = Math.abs(x);
  if (ax !== ax || ax === 0) return x;
  let r: number;
  if (ax >= 6) {
    r = 1; // erfc(6) < 2^-55, so 1 − erfc(x) rounds to 1 (also for ±inf)
  } else if (ax < 2 ** -60) {
    // erf(x) = (2/√π)·x·(1 − x²/3 + ...) with the bracket 1 to within 2^-120: round 2x/√π
    // once, computed at a scale where a subnormal x still gets an exact product tail.
    ddMul(ax * 2 ** 600, 0, 2 * INV_SQRT_PI[0], 2 * INV_SQRT_PI[1]);
    r = scaleRound(RH, RL, -600);
  } else if (ax < SERIES_LIMIT) {
    erfSeries(ax);
    r = RH + RL;
  } else {
    const k = erfcFraction(ax);
    ddAdd(1, 0, -RH * 2 ** k, -RL * 2 ** k);
    r = RH + RL;
  }
  return x < 0 ? -r : r;
}

export function cErfc(x: number): number {
  if (x !== x) return x;
  if (x >= 27.3) return 0; // erfc(27.3) is below 2^-1075, half the least subnormal (and +inf)
  if (x <= -6) return 2; // 2 − erfc(6) rounds to 2 (and −inf)
  const ax = Math.abs(x);
  if (ax < 2 ** -60) return 1; // |1 − erfc(x)| < 2^-59
  if (ax < SERIES_LIMIT) {
    erfSeries(ax);
    ddAdd(1, 0, x < 0 ? RH : -RH, x < 0 ? RL : -RL);
    return RH + RL;
  }
  const k = erfcFraction(ax);
  if (x > 0) return scaleRound(RH, RL, k);
  ddAdd(2, 0, -RH * 2 ** k, -RL * 2 ** k);
  return RH + RL;
}

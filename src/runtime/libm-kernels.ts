// Double-double arithmetic and the correctly rounded exp, log and trigonometric kernels that
// libm.ts and libm-erf.ts are built on. Part of the runtime's math layer, below pymath.ts.
// Kernels return their results in the shared registers RH + RL (read them straight after
// the call). Pure arithmetic on JS numbers: no VM objects, no Python errors, no Math.* results
// except as starting guesses that are then corrected.

// =============================================================================================
// Double-double kernel. Results of the dd helpers land in RH + RL (|RL| ≤ ulp(RH)/2), which
// avoids allocating a pair per operation on these hot paths.
// =============================================================================================

export let RH = 0;
export let RL = 0;
const SPLIT = 134217729; // 2^27 + 1, Veltkamp splitting

/** Load RH + RL directly (for callers outside this module, which cannot assign the registers). */
export function ddSet(h: number, l: number): void {
  RH = h;
  RL = l;
}

/** The rounding error of p = a*b (Dekker's two-product without FMA). */
export function twoProdErr(a: number, b: number, p: number): number {
  const ca = SPLIT * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLIT * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** RH + RL = (ah + al) + (bh + bl), accurate even under cancellation. */
export function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  let s = ah + bh;
  let v = s - ah;
  let e = ah - (s - v) + (bh - v);
  const t = al + bl;
  v = t - al;
  const f = al - (t - v) + (bl - v);
  e += t;
  let h = s + e;
  e -= h - s;
  s = h;
  e += f;
  h = s + e;
  RL = e - (h - s);
  RH = h;
}

/** RH + RL = (ah + al) · (bh + bl). */
export function ddMul(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  const e = twoProdErr(ah, bh, p) + (ah * bl + al * bh);
  RH = p + e;
  RL = e - (RH - p);
}

/** RH + RL = (ah + al) / (bh + bl), three correction steps (as in the QD library). */
export function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(ah, al, -RH, -RL);
  const q2 = RH / bh;
  const r1h = RH;
  const r1l = RL;
  ddMul(q2, 0, bh, bl);
  ddAdd(r1h, r1l, -RH, -RL);
  const q3 = RH / bh;
  const s = q1 + q2;
  const e = q2 - (s - q1);
  RH = s + (e + q3);
  RL = e + q3 - (RH - s);
}

/** RH + RL = sqrt(ah + al) for ah > 0: one Newton step on the double square root. */
export function ddSqrt(ah: number, al: number): void {
  const s = Math.sqrt(ah);
  const p = s * s;
  const err = (ah - p - twoProdErr(s, s, p) + al) / (2 * s);
  RH = s + err;
  RL = err - (RH - s);
}

/** Double-double constants, each [hi, lo]. */
const LN2_HI = 0.6931471805598903; // 42 significant bits: k·LN2_HI is exact for |k| < 2^11
const LN2_MID = 5.4979230187085024e-14; // 42 bits
const LN2_LO = -1.3124698417785255e-27;
const INV_LN2 = 1.4426950408889634;
export const LN2: [number, number] = [0.6931471805599453, 2.3190468138462996e-17];
export const PIO2: [number, number] = [1.5707963267948966, 6.123233995736766e-17];
export const PI: [number, number] = [3.141592653589793, 1.2246467991473532e-16];
const PIO4 = 0.7853981633974483;
/** π/2 in five pieces, the first four of 33 bits: k·piece is exact for |k| < 2^20. */
const PIO2_PARTS = [1.5707963267341256, 6.077100506303966e-11, 2.0222662487111665e-21, 8.478427660348229e-32, 2.0670321098263988e-43];

/** dd table of c·(1/n!) style coefficients, built once with dd division. */
export function ddTable(n: number, coef: (i: number) => [number, number]): Float64Array {
  const t = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const [num, den] = coef(i);
    ddDiv(num, 0, den, 0);
    t[2 * i] = RH;
    t[2 * i + 1] = RL;
  }
  return t;
}

export const FACT: number[] = [1];
for (let i = 1; i <= 30; i++) FACT.push(FACT[i - 1]! * i); // exact through 22!; later ones are only used in dd tails

/** 1/n! for n = 0..8 as dd (the exp Taylor head). */
const INV_FACT = ddTable(9, (i) => [1, FACT[i]!]);
/** sin: (-1)^j/(2j+1)!, cos: (-1)^j/(2j)!, j = 0..8 as dd. */
const SIN_C = ddTable(9, (j) => [j % 2 ? -1 : 1, FACT[2 * j + 1]!]);
const COS_C = ddTable(9, (j) => [j % 2 ? -1 : 1, FACT[2 * j]!]);
/** log: 1/(2j+1), j = 0..23 as dd (the atanh series). */
export const ODD_INV = ddTable(24, (j) => [1, 2 * j + 1]);

// =============================================================================================
// exp and log in double-double
// =============================================================================================

/**
 * exp(xh + xl) = 2^k · (RH + RL) with RH + RL in [0.7, 1.5]; returns k. Valid for |xh| < 800.
 * Table-free and slow: r = x − k·ln2 is scaled by 2^-8, expm1(r/256) comes from its Taylor
 * series, then (1 + E)^256 by eight exact-form squarings E ← 2E + E². Builds EXP_TABLE.
 */
function expCoreSeries(xh: number, xl: number): number {
  const k = Math.round(xh * INV_LN2);
  const t = xh - k * LN2_HI; // exact (Sterbenz)
  ddAdd(t, 0, -k * LN2_MID, xl - k * LN2_LO);
  const rh = RH / 256;
  const rl = RL / 256;
  // Terms 9..12 fit in a double; the head is summed in double-double by Horner's rule.
  let ph = 1 / 479001600;
  ph = ph * rh + 1 / 39916800;
  ph = ph * rh + 1 / 3628800;
  ph = ph * rh + 1 / 362880;
  let pl = 0;
  for (let n = 8; n >= 1; n--) {
    ddMul(ph, pl, rh, rl);
    ddAdd(RH, RL, INV_FACT[2 * n]!, INV_FACT[2 * n + 1]!);
    ph = RH;
    pl = RL;
  }
  ddMul(ph, pl, rh, rl); // E = expm1(r / 256)
  let eh = RH;
  let el = RL;
  for (let i = 0; i < 8; i++) {
    ddMul(eh, el, eh, el);
    ddAdd(2 * eh, 2 * el, RH, RL);
    eh = RH;
    el = RL;
  }
  ddAdd(1, 0, eh, el);
  return k;
}

/** Round (h + l) · 2^k once, including into the subnormal range. */
export function scaleRound(h: number, l: number, k: number): number {
  const v = h + l;
  if (v === 0) return v;
  const e = Math.floor(Math.log2(Math.abs(v)));
  if (e + k >= -1021) return ldexpExact(v, k);
  // Subnormal: count in units of 2^-1074 and round half-even on the exact h + l.
  const s = k + 1074;
  const a = ldexpExact(h, s);
  const b = ldexpExact(l, s);
  let n = Math.floor(a);
  let frac = a - n + b;
  if (frac < 0) {
    n -= 1;
    frac += 1;
  }
  if (frac > 0.5 || (frac === 0.5 && n % 2 !== 0)) n += 1;
  return n * 5e-324;
}

/** x · 2^k, exact whenever the result is normal (applied in steps to dodge 2^k overflow). */
export function ldexpExact(x: number, k: number): number {
  while (k > 1000) {
    x *= 2 ** 1000;
    k -= 1000;
    if (!Number.isFinite(x)) return x;
  }
  while (k < -1000) {
    x *= 2 ** -1000;
    k += 1000;
  }
  return x * 2 ** k;
}

/** x = m·2^e with m in [0.5, 1) for finite nonzero x (frexp). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const ax = Math.abs(x);
  let e = Math.max(-1073, Math.floor(Math.log2(ax)) + 1);
  let m = ldexpExact(x, -e);
  // log2 may be off by one near powers of two; fix up so 0.5 <= |m| < 1.
  while (Math.abs(m) >= 1) {
    m /= 2;
    e += 1;
  }
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e -= 1;
  }
  return [m, e];
}

/**
 * log(x) in RH + RL for finite x > 0: x = m·2^e with m in [√½, √2), and
 * log(m) = 2·atanh(u) with u = (m − 1)/(m + 1), |u| ≤ 0.172, summed in double-double.
 * Table-free and slow; builds LOG_TABLE.
 */
function logDDSeries(x: number): void {
  let [m, e] = frexp(x);
  if (m < Math.SQRT1_2) {
    m *= 2;
    e -= 1;
  }
  const num = m - 1; // exact
  const dh = m + 1;
  const v = dh - m;
  const dl = m - (dh - v) + (1 - v); // two-sum error of m + 1
  ddDiv(num, 0, dh, dl);
  const uh = RH;
  const ul = RL;
  ddMul(uh, ul, uh, ul);
  const wh = RH;
  const wl = RL;
  let ph = ODD_INV[2 * 23]!;
  let pl = ODD_INV[2 * 23 + 1]!;
  for (let j = 22; j >= 0; j--) {
    ddMul(ph, pl, wh, wl);
    ddAdd(RH, RL, ODD_INV[2 * j]!, ODD_INV[2 * j + 1]!);
    ph = RH;
    pl = RL;
  }
  ddMul(ph, pl, 2 * uh, 2 * ul);
  if (e !== 0) {
    const lh = RH;
    const ll = RL;
    ddAdd(e * LN2_HI, e * LN2_MID, lh, ll + e * LN2_LO);
  }
}

/** ln2/64 in three pieces of 36, 36 and 53 bits: kk·piece is exact for |kk| < 2^17. */
const LN2_64 = [0.6931471805582987 / 64, 1.6465949582866463e-12 / 64, 3.061840736018652e-24 / 64];

/** 2^(j/64) for j = 0..63 and log(1 + j/64) for j = -20..28, as dd pairs (built at load). */
const EXP_TABLE = new Float64Array(128);
const LOG_TABLE = new Float64Array(2 * 49);
for (let j = 0; j < 64; j++) {
  const ph = LN2[0] * j;
  const k = expCoreSeries(ph / 64, (twoProdErr(LN2[0], j, ph) + LN2[1] * j) / 64);
  EXP_TABLE[2 * j] = RH * 2 ** k;
  EXP_TABLE[2 * j + 1] = RL * 2 ** k;
}
for (let j = -20; j <= 28; j++) {
  if (j !== 0) logDDSeries(1 + j / 64);
  LOG_TABLE[2 * (j + 20)] = j === 0 ? 0 : RH;
  LOG_TABLE[2 * (j + 20) + 1] = j === 0 ? 0 : RL;
}

/**
 * exp(xh + xl) = 2^k · (RH + RL); returns k. Valid for |xh| < 800. With x = (64k + j)·ln2/64 + r,
 * |r| ≤ ln2/128, exp(x) = 2^k · 2^(j/64) · (1 + expm1(r)), expm1 by its Taylor series.
 */
export function expCore(xh: number, xl: number): number {
  const kk = Math.round(xh * (64 * INV_LN2));
  const k = Math.floor(kk / 64);
  const j = kk - 64 * k;
  const t = xh - kk * LN2_64[0]!; // exact (Sterbenz)
  ddAdd(t, 0, -kk * LN2_64[1]!, xl - kk * LN2_64[2]!);
  const rh = RH;
  const rl = RL;
  let ph = 1 / 39916800;
  ph = ph * rh + 1 / 3628800;
  ph = ph * rh + 1 / 362880;
  ph = ph * rh + 1 / 40320;
  ph = ph * rh + 1 / 5040;
  ph = ph * rh + 1 / 720;
  let pl = 0;
  for (let n = 5; n >= 1; n--) {
    ddMul(ph, pl, rh, rl);
    ddAdd(RH, RL, INV_FACT[2 * n]!, INV_FACT[2 * n + 1]!);
    ph = RH;
    pl = RL;
  }
  ddMul(ph, pl, rh, rl); // expm1(r)
  const th = EXP_TABLE[2 * j]!;
  const tl = EXP_TABLE[2 * j + 1]!;
  ddMul(th, tl, RH, RL);
  ddAdd(th, tl, RH, RL);
  return k;
}

/**
 * log(x) in RH + RL for finite x > 0: x = m·2^e, m in [√½, √2), c = 1 + j/64 nearest to m,
 * log(m) = log(c) + 2·atanh(u) with u = (m − c)/(m + c), |u| < 0.006.
 */
export function logDD(x: number): void {
  let [m, e] = frexp(x);
  if (m < Math.SQRT1_2) {
    m *= 2;
    e -= 1;
  }
  const j = Math.round((m - 1) * 64);
  const c = 1 + j / 64;
  const num = m - c; // exact
  const dh = m + c;
  const v = dh - m;
  ddDiv(num, 0, dh, m - (dh - v) + (c - v));
  const uh = RH;
  const ul = RL;
  ddMul(uh, ul, uh, ul);
  const wh = RH;
  const wl = RL;
  let ph = 1 / 17;
  for (let i = 7; i >= 4; i--) ph = ph * wh + 1 / (2 * i + 1);
  let pl = 0;
  for (let i = 3; i >= 0; i--) {
    ddMul(ph, pl, wh, wl);
    ddAdd(RH, RL, ODD_INV[2 * i]!, ODD_INV[2 * i + 1]!);
    ph = RH;
    pl = RL;
  }
  ddMul(ph, pl, 2 * uh, 2 * ul);
  if (j !== 0) ddAdd(LOG_TABLE[2 * (j + 20)]!, LOG_TABLE[2 * (j + 20) + 1]!, RH, RL);
  if (e !== 0) {
    const lh = RH;
    const ll = RL;
    ddAdd(e * LN2_HI, e * LN2_MID, lh, ll + e * LN2_LO);
  }
}

/**
 * log(1 + s) in RH + RL for s = sh + sl ≥ 0 given as dd, with full relative precision even for
 * tiny s. Below 2^-5, log(1 + s) = 2·atanh(u) with u = s/(2 + s) < 2^-6, so ten terms of
 * Σ u^(2i+1)/(2i+1) reach 2^-120. Above, 1 + s is formed exactly enough as dd (the result is
 * at least 0.03, so its absolute 2^-106 error stays relative) and
 * log(ah + al) = log(ah) + al/ah to within (al/ah)²/2 < 2^-107.
 */
export function log1pDD(sh: number, sl: number): void {
  if (sh < 0.03125) {
    ddAdd(2, 0, sh, sl);
    ddDiv(sh, sl, RH, RL);
    const uh = RH;
    const ul = RL;
    ddMul(uh, ul, uh, ul);
    const wh = RH;
    const wl = RL;
    let ph = ODD_INV[2 * 9]!;
    let pl = ODD_INV[2 * 9 + 1]!;
    for (let i = 8; i >= 0; i--) {
      ddMul(ph, pl, wh, wl);
      ddAdd(RH, RL, ODD_INV[2 * i]!, ODD_INV[2 * i + 1]!);
      ph = RH;
      pl = RL;
    }
    ddMul(ph, pl, 2 * uh, 2 * ul);
    return;
  }
  ddAdd(1, 0, sh, sl);
  const ah = RH;
  const al = RL;
  logDD(ah);
  ddAdd(RH, RL, al / ah, 0);
}

// =============================================================================================
// Trigonometric argument reduction
// =============================================================================================

let twoOverPiBits: bigint | undefined; // floor(2/π · 2^TWO_OVER_PI_SCALE), built on first use
const TWO_OVER_PI_SCALE = 1400n;

/** arctan(1/n) · 2^p as a BigInt (Machin's series, truncated). */
function arctanInv(n: bigint, p: bigint): bigint {
  const n2 = n * n;
  let term = (1n << p) / n;
  let sum = term;
  for (let k = 1n; term !== 0n; k++) {
    term /= n2;
    sum += (k % 2n ? -term : term) / (2n * k + 1n);
  }
  return sum;
}

function twoOverPi(): bigint {
  if (twoOverPiBits === undefined) {
    const p = TWO_OVER_PI_SCALE + 64n;
    const piScaled = 16n * arctanInv(5n, p) - 4n * arctanInv(239n, p); // π·2^p
    twoOverPiBits = (2n << (TWO_OVER_PI_SCALE + p)) / piScaled;
  }
  return twoOverPiBits;
}

/**
 * Reduce x to r = x − k·π/2 with |r| ≤ π/4 in RH + RL; returns k mod 4. Cody–Waite with
 * π/2 in five pieces below 2^19·π/2, Payne–Hanek with BigInt bits of 2/π above.
 */
export function reduceHalfPi(x: number): number {
  const ax = Math.abs(x);
  if (ax <= PIO4) {
    RH = x;
    RL = 0;
    return 0;
  }
  if (ax < 823549.6) {
    const k = Math.round(x * (2 / Math.PI));
    const t = x - k * PIO2_PARTS[0]!; // exact
    ddAdd(t, 0, -k * PIO2_PARTS[1]!, 0);
    ddAdd(RH, RL, -k * PIO2_PARTS[2]!, 0);
    ddAdd(RH, RL, -k * PIO2_PARTS[3]!, 0);
    ddAdd(RH, RL, -k * PIO2_PARTS[4]!, 0);
    return ((k % 4) + 4) % 4;
  }
  return reduceHalfPiBig(x);
}

function reduceHalfPiBig(x: number): number {
  const [m, e] = frexp(Math.abs(x));
  const mant = BigInt(m * 2 ** 53); // x = mant · 2^(e − 53)
  const shift = TWO_OVER_PI_SCALE - BigInt(e - 53); // value = product / 2^shift
  const prod = mant * twoOverPi();
  let k = Number((prod >> shift) & 3n);
  const FRAC = 170n;
  let f = (prod >> (shift - FRAC)) & ((1n << FRAC) - 1n); // fraction · 2^170
  if (f >= 1n << (FRAC - 1n)) {
    f -= 1n << FRAC;
    k += 1;
  }
  const nb = Number(f);
  const fh = nb * 2 ** -170;
  const fl = Number(f - BigInt(nb)) * 2 ** -170;
  ddMul(fh, fl, PIO2[0], PIO2[1]);
  if (x < 0) {
    RH = -RH;
    RL = -RL;
    k = -k;
  }
  return ((k % 4) + 4) % 4;
}

/** sin(r) (or cos(r)) in RH + RL for |r| ≤ π/4 given as dd, by Taylor series in r². */
export function sinCosKernel(rh: number, rl: number, cos: boolean): void {
  ddMul(rh, rl, rh, rl);
  const zh = RH;
  const zl = RL;
  const C = cos ? COS_C : SIN_C;
  const base = cos ? 0 : 1;
  // Tail j = 9..14 in plain doubles: those terms are below 2^-60 of the result.
  let ph = 0;
  for (let j = 14; j >= 9; j--) ph = ph * zh + (j % 2 ? -1 : 1) / FACT[2 * j + base]!;
  let pl = 0;
  for (let j = 8; j >= 0; j--) {
    ddMul(ph, pl, zh, zl);
    ddAdd(RH, RL, C[2 * j]!, C[2 * j + 1]!);
    ph = RH;
    pl = RL;
  }
  if (!cos) ddMul(ph, pl, rh, rl);
}

/** sin(x) or cos(x) in RH + RL for finite x. */
export function sinCosDD(x: number, cos: boolean): void {
  const q = reduceHalfPi(x);
  const rh = RH;
  const rl = RL;
  const useCos = cos !== (q % 2 === 1);
  sinCosKernel(rh, rl, useCos);
  const negate = cos ? q === 1 || q === 2 : q >= 2;
  if (negate) {
    RH = -RH;
    RL = -RL;
  }
}

/** atan(ah + al) in RH + RL for ah >= 0: one Newton step from Math.atan using dd tan. */
export function atanDD(ah: number, al: number): void {
  if (ah > 2 ** 100) {
    // 1/ah is far below half an ulp of pi/2 (and the dd division would overflow near 1e308).
    RH = PIO2[0];
    RL = PIO2[1];
    return;
  }
  if (ah > 2 ** 60) {
    ddDiv(1, 0, ah, al);
    ddAdd(PIO2[0], PIO2[1], -RH, -RL);
    return;
  }
  const y0 = Math.atan(ah);
  sinCosDD(y0, false);
  const sh = RH;
  const sl = RL;
  sinCosDD(y0, true);
  ddDiv(sh, sl, RH, RL); // tan(y0)
  const th = RH;
  ddAdd(ah, al, -RH, -RL);
  const delta = (RH + RL) / (1 + ah * th);
  RH = y0 + delta;
  RL = delta - (RH - y0);
}

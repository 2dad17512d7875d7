// Numbers as text and bits: int()/float() literal parsing (Unicode digits, underscores, base
// prefixes), float.hex/fromhex, correctly rounded round(x, n), and exact float decomposition.
// Pure functions on JS numbers, bigints and strings, following Objects/longobject.c and
// floatobject.c; the int/float classes that use them live in numbers.ts.

import { overflowError, raise } from '../exceptions.js';
import { doubleToString } from '../float-format.js';
import type { Int } from '../operators.js';
import { PyTuple, normInt } from '../values.js';
import { isPySpace } from './text.js';
import { MAX_STR_DIGITS } from '../int-text.js';

/** int(x) of a float: truncation, with CPython's errors for inf and nan. */
export function floatToInt(x: number): Int {
  if (Number.isNaN(x)) raise('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
}

/** The first code point of each run of ten Unicode decimal digits (Nd), ascending. */
const DIGIT_ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0,
  0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
  0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0,
  0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
  0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/** The value of a Unicode decimal digit, or -1. */
export function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x660) return -1;
  let lo = 0, hi = DIGIT_ZEROS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (DIGIT_ZEROS[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  const d = cp - DIGIT_ZEROS[lo]!;
  return d < 10 ? d : -1;
}

/** _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII digits and spaces become ASCII. */
function asciiDigits(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (isPySpace(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      out += d >= 0 ? String(d) : '?';
    }
  }
  return out;
}

export function stripSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isPySpace(s.charCodeAt(start))) start++;
  while (end > start && isPySpace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

/** Digit value of an ASCII alphanumeric for bases up to 36, or 99. */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** Parses int(text, base); undefined when the text is not a valid literal. */
export function parseIntText(text: string, base: number): Int | undefined {
  const s = stripSpace(asciiDigits(text));
  let i = 0;
  let negative = false;
  if (s[i] === '+' || s[i] === '-') negative = s[i++] === '-';
  const prefix = s[i] === '0' ? (s[i + 1] ?? '').toLowerCase() : '';
  let literalBase = base;
  if (base === 0) literalBase = prefix === 'x' ? 16 : prefix === 'o' ? 8 : prefix === 'b' ? 2 : 10;
  if ((prefix === 'x' && literalBase === 16) || (prefix === 'o' && literalBase === 8) || (prefix === 'b' && literalBase === 2)) {
    i += 2;
    if (s[i] === '_') i++;
  }
  const digits = cleanDigits(s, i, literalBase);
  if (digits === undefined) return undefined;
  if (base === 0 && literalBase === 10 && digits.length > 1 && digits[0] === '0' && /[^0]/.test(digits)) return undefined;
  if ((literalBase & (literalBase - 1)) !== 0 && digits.length > MAX_STR_DIGITS) {
    raise('ValueError', `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  const value = digitsValue(digits, literalBase);
  return negative ? (typeof value === 'bigint' ? normInt(-value) : -value + 0) : value;
}

/** The digits from position i with single underscores between them removed; undefined if invalid. */
function cleanDigits(s: string, i: number, base: number): string | undefined {
  if (i >= s.length) return undefined;
  let out = '';
  let start = i;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (i === start || i + 1 >= s.length || s.charCodeAt(i + 1) === 95) return undefined;
      out += s.slice(start, i);
      start = i + 1;
    } else if (digitValue(c) >= base) return undefined;
  }
  return out + s.slice(start);
}

function digitsValue(digits: string, base: number): Int {
  if (base === 10 && digits.length <= 15) return Number(digits);
  if (base === 10) return normInt(BigInt(digits));
  if (base === 16 || base === 8 || base === 2) {
    return normInt(BigInt(`0${base === 16 ? 'x' : base === 8 ? 'o' : 'b'}${digits}`));
  }
  let v = 0n;
  const b = BigInt(base);
  for (let i = 0; i < digits.length; i++) v = v * b + BigInt(digitValue(digits.charCodeAt(i)));
  return normInt(v);
}

const FLOAT_LITERAL = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;

const FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** float(text); undefined when the text is not a float literal. */
export function parseFloatText(text: string): number | undefined {
  const s = stripSpace(asciiDigits(text));
  if (FLOAT_LITERAL.test(s)) return Number(s.includes('_') ? s.replace(/_/g, '') : s);
  const m = FLOAT_SPECIAL.exec(s);
  if (m === null) return undefined;
  if (m[2]!.toLowerCase() === 'nan') return NaN;
  return m[1] === '-' ? -Infinity : Infinity;
}

/** round(x, ndigits) for a float: correctly rounded like CPython's double_round. */
export function floatRoundDigits(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0 * x;
  let r: number;
  if (ndigits >= 0) r = Number(doubleToString(x, 'f', ndigits, FIXED));
  else {
    const q = roundHalfEvenScaled(Math.abs(x), -ndigits);
    r = Number(`${x < 0 ? '-' : ''}${q}e${-ndigits}`);
  }
  if (!Number.isFinite(r)) overflowError('rounded value too large to represent');
  return r;
}

/** Plain '%.nf' digits (correctly rounded, ties to even on the exact binary value). */
const FIXED = { alt: false, addDot0: false, noNeg0: false, upper: false };

/** round_half_even(|x| / 10**k) for a finite double, exactly. */
function roundHalfEvenScaled(ax: number, k: number): bigint {
  const [mant, exp] = decompose(ax);
  const num = exp >= 0 ? mant << BigInt(exp) : mant;
  const den = 10n ** BigInt(k) << BigInt(exp >= 0 ? 0 : -exp);
  let q = num / den;
  const r = num % den;
  if (2n * r > den || (2n * r === den && (q & 1n) === 1n)) q += 1n;
  return q;
}

const F64 = new Float64Array(1);

const U32 = new Uint32Array(F64.buffer);

const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** [m, e] with ax = m · 2^e exactly (m an integer < 2^53) for a finite non-negative double. */
export function decompose(ax: number): [bigint, number] {
  F64[0] = ax;
  const hi = U32[1 - LOW]!;
  const lo = U32[LOW]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const m = (BigInt(bexp === 0 ? hi & 0xfffff : (hi & 0xfffff) | 0x100000) << 32n) | BigInt(lo);
  return [m, bexp === 0 ? -1074 : bexp - 1075];
}

/** round(x) with no ndigits: the nearest int, ties to even. */
export function floatRoundToInt(x: number): Int {
  let r = roundAway(x);
  if (Math.abs(x - r) === 0.5) r = 2 * roundAway(x / 2);
  return floatToInt(r);
}

/** C's round(): halfway cases away from zero. */
function roundAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

export function asIntegerRatio(x: number): PyTuple {
  if (Number.isNaN(x)) raise('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) overflowError('cannot convert Infinity to integer ratio');
  let [m, e] = decompose(Math.abs(x));
  while (e < 0 && m !== 0n && (m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  if (m === 0n) e = 0;
  const num = normInt((x < 0 ? -m : m) << BigInt(Math.max(e, 0)));
  return new PyTuple([num, normInt(1n << BigInt(Math.max(-e, 0)))]);
}

/** float.hex(): '0x1.8000000000000p+0'. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  F64[0] = Math.abs(x);
  const hi = U32[1 - LOW]!;
  const lo = U32[LOW]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  const exp = bexp === 0 ? -1022 : bexp - 1023;
  return `${sign}0x${bexp === 0 ? 0 : 1}.${frac}p${exp >= 0 ? '+' : ''}${exp}`;
}

const HEX_FLOAT = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i;

/** float.fromhex(text), correctly rounded. */
export function floatFromHex(text: string): number {
  const s = stripSpace(text);
  const special = FLOAT_SPECIAL.exec(s);
  if (special) return parseFloatText(s)!;
  const m = HEX_FLOAT.exec(s);
  const intDigits = m?.[2] ?? '';
  const fracDigits = m?.[3] ?? '';
  if (m === null || intDigits.length + fracDigits.length === 0) raise('ValueError', 'invalid hexadecimal floating-point string');
  const mant = BigInt(`0x${intDigits}${fracDigits}`);
  const exp = Number(m[4] ?? '0') - 4 * fracDigits.length;
  const value = scaleBinary(mant, exp);
  if (!Number.isFinite(value)) overflowError('hexadecimal value too large to represent as a float');
  return m[1] === '-' ? -value : value;
}

/** mant · 2^exp as a double, correctly rounded (ties to even), Infinity on overflow. */
function scaleBinary(mant: bigint, exp: number): number {
  if (mant === 0n) return 0;
  const bits = mant.toString(2).length;
  if (bits + exp > 1025) return Infinity;
  const lsb = Math.max(bits + exp - 53, -1074);
  let m = mant;
  if (lsb > exp) {
    const shift = BigInt(lsb - exp);
    const half = 1n << (shift - 1n);
    const rest = m & ((1n << shift) - 1n);
    m >>= shift;
    if (rest > half || (rest === half && (m & 1n) === 1n)) m += 1n;
  } else if (lsb < exp) m <<= BigInt(exp - lsb);
  return Number(m) * 2 ** lsb;
}

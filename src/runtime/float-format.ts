// Number and string formatting exactly as CPython 3.11 prints it: repr(float), format() with the
// format-spec mini-language for float/int/str, and printf-style `%` formatting.
// A pure runtime library on plain JS values (float = number, int = number | bigint, str = string);
// it never touches the VM object model: `%` formatting reaches Python objects only through hooks.
// Follows Python/pystrtod.c (format_float_short), Python/formatter_unicode.c and
// Objects/unicodeobject.c (PyUnicode_Format); errors are raised with pyThrow and CPython's wording.

import { pyThrow } from './host-error.js';
import { intText } from './int-text.js';

// ---------------------------------------------------------------------------------------------
// Exact binary → decimal conversion
// ---------------------------------------------------------------------------------------------

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // little-endian: word 1

/** Decimal digits (no leading/trailing zeros) and decimal-point position: value = 0.DIGITS × 10^decpt. */
interface Decimal {
  digits: string;
  decpt: number;
}

const POW5: bigint[] = [1n];

function pow5(k: number): bigint {
  let p = POW5[k];
  if (p === undefined) {
    p = 5n ** BigInt(k);
    POW5[k] = p;
  }
  return p;
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Odd mantissa and binary exponent of a finite positive double: ax = m·2^e exactly. */
function decompose(ax: number): { m: number; e: number } {
  F64[0] = ax;
  const hi = U32[HI]!;
  const lo = U32[1 - HI]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const mhi = bexp === 0 ? hi & 0xfffff : (hi & 0xfffff) | 0x100000;
  const tz = lo !== 0 ? ctz32(lo) : 32 + ctz32(mhi);
  const m = (mhi * 4294967296 + lo) / 2 ** tz;
  return { m, e: (bexp === 0 ? -1074 : bexp - 1075) + tz };
}

function ctz32(v: number): number {
  return 31 - Math.clz32(v & -v);
}

/** The exact decimal expansion of a finite, positive double (every double is m·2^e). */
function exactDecimal(ax: number): Decimal {
  if (Number.isInteger(ax)) {
    const s = ax <= 9007199254740992 ? String(ax) : BigInt(ax).toString(); // both exact
    return { digits: stripZeros(s), decpt: s.length };
  }
  const { m, e } = decompose(ax);
  if (e >= 0) {
    const s = (BigInt(m) << BigInt(e)).toString();
    return { digits: stripZeros(s), decpt: s.length };
  }
  const s = (BigInt(m) * pow5(-e)).toString(); // m·5^k / 10^k with m odd: ends in 5
  return { digits: s, decpt: s.length + e };
}

/** Shortest round-tripping digits of a finite positive double (what repr uses, dtoa mode 0). */
function shortestDecimal(ax: number): Decimal {
  const s = ax.toExponential(); // shortest digits, e.g. "1.2345e-7"
  const epos = s.indexOf('e');
  const mant = s.charCodeAt(1) === 46 ? s[0] + s.slice(2, epos) : s.slice(0, epos);
  return { digits: stripZeros(mant), decpt: Number(s.slice(epos + 1)) + 1 };
}

/** Round half-even keeping `keep` digits of `d` (keep may be ≤ 0); the result may be '' (zero). */
function roundDecimal(d: Decimal, keep: number): Decimal {
  const { digits } = d;
  if (keep >= digits.length) return d;
  if (keep < 0) return { digits: '', decpt: d.decpt };
  const next = digits.charCodeAt(keep) - 48;
  const prevOdd = keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1;
  // digits has no trailing zeros, so anything after `next` is nonzero.
  const up = next > 5 || (next === 5 && (keep + 1 < digits.length || prevOdd));
  if (!up) return { digits: stripZeros(digits.slice(0, keep)), decpt: d.decpt };
  let i = keep - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  if (i < 0) return { digits: '1', decpt: d.decpt + 1 };
  const bumped = digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1);
  return { digits: bumped, decpt: d.decpt };
}

// ---------------------------------------------------------------------------------------------
// repr(float)
// ---------------------------------------------------------------------------------------------

/** repr(x) for a Python float: shortest round-trip digits, scientific below 1e-4 and from 1e16. */
export function floatRepr(x: number): string {
  if (Number.isInteger(x)) {
    if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
    if (x < 1e16 && x > -1e16) return x + '.0';
  } else if (x !== x) {
    return 'nan';
  } else {
    const a = x < 0 ? -x : x;
    // JS prints fixed notation for 1e-7 <= a < 1e21 with the same shortest digits.
    if (a >= 1e-4 && a < 1e16) return String(x);
    if (a === Infinity) return x > 0 ? 'inf' : '-inf';
  }
  return sciRepr(x);
}

/** Python's `str(float)` is the same as repr since 3.2. */
export const floatStr = floatRepr;

function sciRepr(x: number): string {
  const s = x.toExponential(); // "-1.5e-7" → "-1.5e-07"
  const epos = s.indexOf('e');
  const expDigits = s.length - epos - 2;
  return expDigits >= 2 ? s : s.slice(0, epos + 2) + '0' + s.slice(epos + 2);
}

// ---------------------------------------------------------------------------------------------
// PyOS_double_to_string: the digit string before padding/grouping
// ---------------------------------------------------------------------------------------------

interface DtoaFlags {
  alt: boolean; // Py_DTSF_ALT ('#')
  addDot0: boolean; // Py_DTSF_ADD_DOT_0 (type omitted)
  noNeg0: boolean; // Py_DTSF_NO_NEG_0 ('z')
  upper: boolean; // E, F, G: 'E', 'INF', 'NAN'
}

/** |x| with `prec` decimals, correctly rounded half-even on the exact binary value. */
function fixedAbs(ax: number, prec: number): string {
  // toFixed is exact except that it breaks ties upwards; a tie needs ≤ prec+1 binary fraction bits.
  if (prec <= 100 && ax < 1e21 && (Number.isInteger(ax) || !Number.isInteger(ax * 2 ** (prec + 1)))) {
    return ax.toFixed(prec);
  }
  if (ax === 0) return prec > 0 ? '0.' + '0'.repeat(prec) : '0';
  const ex = exactDecimal(ax);
  const r = roundDecimal(ex, ex.decpt + prec);
  return fixedLayout(r.digits, r.decpt, prec);
}

function fixedLayout(digits: string, decpt: number, prec: number): string {
  let intPart: string;
  let frac: string;
  if (decpt <= 0) {
    intPart = '0';
    frac = '0'.repeat(-decpt) + digits;
  } else {
    intPart = digits.length >= decpt ? digits.slice(0, decpt) : digits + '0'.repeat(decpt - digits.length);
    frac = digits.slice(decpt);
  }
  if (digits === '') intPart = '0';
  frac = frac.length >= prec ? frac.slice(0, prec) : frac + '0'.repeat(prec - frac.length);
  return prec > 0 ? intPart + '.' + frac : intPart;
}

/** |x| rounded to `nsig` significant digits: digits padded to nsig, and the decimal exponent. */
function sigRound(ax: number, nsig: number): { digits: string; exp: number } {
  if (ax === 0) return { digits: '0'.repeat(nsig), exp: 0 };
  if (nsig <= 101 && !mayTieAt(ax, nsig)) {
    const s = ax.toExponential(nsig - 1);
    const epos = s.indexOf('e');
    const digits = nsig > 1 ? s[0] + s.slice(2, epos) : s.slice(0, epos);
    return { digits, exp: Number(s.slice(epos + 1)) };
  }
  const r = roundDecimal(exactDecimal(ax), nsig);
  return { digits: r.digits.padEnd(nsig, '0'), exp: r.decpt - 1 };
}

/** Could rounding |x| to nsig significant digits hit an exact tie (toExponential rounds ties up)? */
function mayTieAt(ax: number, nsig: number): boolean {
  if (Number.isInteger(ax)) return true; // the exact path is cheap for integers
  // m·2^-k with m odd has exactly as many significant digits as m·5^k: a tie needs ≤ nsig+1.
  const { m, e } = decompose(ax);
  return Math.log10(m) - e * 0.6989700043360189 <= nsig + 1.5;
}

/** Lay out dtoa digits like format_float_short: optional exponent, zero padding to vEnd. */
function layoutDigits(d: Decimal, useExp: boolean, vEnd: number, f: DtoaFlags): string {
  let { decpt } = d;
  const { digits } = d;
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const minEnd = !useExp && f.addDot0 ? decpt + 1 : decpt;
  if (vEnd < minEnd) vEnd = minEnd;
  let s: string;
  if (decpt <= 0) {
    s = '0.' + '0'.repeat(-decpt) + digits + '0'.repeat(vEnd - digits.length);
  } else if (decpt <= digits.length) {
    s = digits.slice(0, decpt) + '.' + digits.slice(decpt) + '0'.repeat(vEnd - digits.length);
  } else {
    s = digits + '0'.repeat(decpt - digits.length) + '.' + '0'.repeat(vEnd - decpt);
  }
  if (!f.alt && s.charCodeAt(s.length - 1) === 46) s = s.slice(0, -1);
  if (useExp) s += (f.upper ? 'E' : 'e') + expSuffix(exp);
  return s;
}

function expSuffix(exp: number): string {
  const a = exp < 0 ? -exp : exp;
  return (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

/** 'e' mode: one digit, '.', prec digits, exponent. */
function expAbs(ax: number, prec: number, f: DtoaFlags): string {
  const { digits, exp } = sigRound(ax, prec + 1);
  const head = prec > 0 || f.alt ? digits[0] + '.' + digits.slice(1) : digits;
  return head + (f.upper ? 'E' : 'e') + expSuffix(exp);
}

/** 'g' mode (and '' with a precision): prec significant digits, trailing zeros dropped. */
function generalAbs(ax: number, prec: number, f: DtoaFlags): string {
  const p = prec === 0 ? 1 : prec;
  const { digits, exp } = sigRound(ax, p);
  const d: Decimal = ax === 0 ? { digits: '0', decpt: 1 } : { digits: stripZeros(digits), decpt: exp + 1 };
  const useExp = d.decpt <= -4 || d.decpt > (f.addDot0 ? p - 1 : p);
  return layoutDigits(d, useExp, f.alt ? p : d.digits.length, f);
}

/** 'r' mode (type omitted, no precision): repr digits, honouring '#'. */
function reprAbs(ax: number, f: DtoaFlags): string {
  const d: Decimal = ax === 0 ? { digits: '0', decpt: 1 } : shortestDecimal(ax);
  return layoutDigits(d, d.decpt <= -4 || d.decpt > 16, d.digits.length, f);
}

/** PyOS_double_to_string(x, type, prec, flags): sign ('-' only) plus the digit body. */
export function doubleToString(x: number, type: string, prec: number, f: DtoaFlags): string {
  if (x !== x) return f.upper ? 'NAN' : 'nan';
  const neg = x < 0 || Object.is(x, -0);
  const ax = neg ? -x : x;
  let body: string;
  if (ax === Infinity) body = f.upper ? 'INF' : 'inf';
  else if (type === 'f') body = prec === 0 && f.alt ? fixedAbs(ax, 0) + '.' : fixedAbs(ax, prec);
  else if (type === 'e') body = expAbs(ax, prec, f);
  else if (type === 'g') body = generalAbs(ax, prec, f);
  else body = reprAbs(ax, f);
  if (neg && f.noNeg0 && ax !== Infinity && !hasNonZeroDigit(body)) return body;
  return neg ? '-' + body : body;
}

function hasNonZeroDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 101 || c === 69) return false; // digits after the exponent marker don't count
    if (c >= 49 && c <= 57) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Format-spec mini-language (Python/formatter_unicode.c: parse_internal_render_format_spec)
// ---------------------------------------------------------------------------------------------

/** A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`. */
export interface FormatSpec {
  readonly fill: string; // one code point
  readonly align: string; // '<' '>' '^' '='
  readonly sign: string; // '' '+' '-' ' '
  readonly noNeg0: boolean; // 'z'
  readonly alt: boolean; // '#'
  readonly width: number; // -1 when absent
  readonly grouping: string; // '' ',' '_'
  readonly precision: number; // -1 when absent
  readonly type: string; // '' when absent (the caller's default applies)
}

const PY_SSIZE_T_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;
const SPEC_CACHE = new Map<string, FormatSpec>();

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** Read decimal digits at cps[pos]; returns [value, count]; CPython's overflow error on 2^63. */
function readInt(cps: string[], pos: number): [number, number] {
  let count = 0;
  while (pos + count < cps.length) {
    const c = cps[pos + count]!;
    if (c < '0' || c > '9') break;
    count++;
  }
  if (count === 0) return [0, 0];
  const text = cps.slice(pos, pos + count).join('');
  if (count > 15 && BigInt(text) > PY_SSIZE_T_MAX) {
    pyThrow('ValueError', 'Too many decimal digits in format string');
  }
  return [Number(text), count];
}

/** Defaults a type's __format__ passes to the parser: float '' and '>', int 'd' and '>', str 's' and '<'. */
type SpecDefaults = 'float' | 'int' | 'str';
const DEFAULT_TYPE = { float: '', int: 'd', str: 's' };

/**
 * Parse a format spec for a float, int or str; the type is '' when absent. Successes are cached
 * per (kind, spec); errors are not, since their messages name the Python type.
 */
export function parseFormatSpec(spec: string, kind: SpecDefaults, typeName: string): FormatSpec {
  const key = kind + ':' + spec;
  let r = SPEC_CACHE.get(key);
  if (r === undefined) {
    r = parseSpecUncached(spec, kind, typeName);
    if (SPEC_CACHE.size > 1000) SPEC_CACHE.clear();
    SPEC_CACHE.set(key, r);
  }
  return r;
}

function parseSpecUncached(spec: string, kind: SpecDefaults, typeName: string): FormatSpec {
  const cps = Array.from(spec);
  let pos = 0;
  let fill = ' ';
  let align = '';
  let fillGiven = false;
  if (cps.length >= 2 && isAlign(cps[1])) {
    fill = cps[0]!;
    align = cps[1]!;
    fillGiven = true;
    pos = 2;
  } else if (cps.length >= 1 && isAlign(cps[0])) {
    align = cps[0]!;
    pos = 1;
  }
  let sign = '';
  if (cps[pos] === '+' || cps[pos] === '-' || cps[pos] === ' ') sign = cps[pos++]!;
  const noNeg0 = cps[pos] === 'z' ? (pos++, true) : false;
  const alt = cps[pos] === '#' ? (pos++, true) : false;
  if (!fillGiven && cps[pos] === '0') {
    fill = '0';
    if (align === '' && kind !== 'str') align = '=';
    pos++;
  }
  const [w, wn] = readInt(cps, pos);
  pos += wn;
  const width = wn === 0 ? -1 : w;
  const [grouping, gpos] = parseGrouping(cps, pos);
  pos = gpos;
  let precision = -1;
  if (cps[pos] === '.') {
    const [p, pn] = readInt(cps, pos + 1);
    if (pn === 0) pyThrow('ValueError', 'Format specifier missing precision');
    precision = p;
    pos += 1 + pn;
  }
  if (cps.length - pos > 1) {
    pyThrow('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  const type = pos < cps.length ? cps[pos]! : '';
  if (grouping !== '') checkGroupingType(grouping, type || DEFAULT_TYPE[kind]);
  return { fill, align, sign, noNeg0, alt, width, grouping, precision, type };
}

function parseGrouping(cps: string[], pos: number): [string, number] {
  let grouping = '';
  if (cps[pos] === ',') {
    grouping = ',';
    pos++;
  }
  if (cps[pos] === '_') {
    if (grouping !== '') pyThrow('ValueError', "Cannot specify both ',' and '_'.");
    grouping = '_';
    pos++;
    if (cps[pos] === ',') pyThrow('ValueError', "Cannot specify both ',' and '_'.");
  }
  return [grouping, pos];
}

function checkGroupingType(grouping: string, type: string): void {
  if (type === '' || (type.length === 1 && 'defgEFG%'.includes(type))) return;
  if (grouping === '_' && 'boxX'.includes(type)) return;
  pyThrow('ValueError', `Cannot specify '${grouping}' with ${codeForMessage(type)}.`);
}

/** How CPython quotes a presentation type in messages: '%c' if printable ASCII, else '\x%x'. */
function codeForMessage(type: string): string {
  const c = type.codePointAt(0)!;
  return c > 32 && c < 128 ? `'${type}'` : `'\\x${c.toString(16)}'`;
}

function unknownCode(type: string, typeName: string): never {
  pyThrow('ValueError', `Unknown format code ${codeForMessage(type)} for object of type '${typeName}'`);
}

// ---------------------------------------------------------------------------------------------
// Padding and thousands grouping (calc_number_widths, fill_number, InsertThousandsGrouping)
// ---------------------------------------------------------------------------------------------

/** Length in code points (Python's len) of a JS string. */
export function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The first n code points of s. */
function cpSlice(s: string, n: number): string {
  if (n >= s.length) return s;
  if (cpLen(s) === s.length) return s.slice(0, n);
  return Array.from(s).slice(0, n).join('');
}

/** Group digits from the right, zero-padding them up to minWidth (separators count too). */
function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  if (sep === '') {
    return digits.length >= minWidth ? digits : '0'.repeat(minWidth - digits.length) + digits;
  }
  let remaining = digits.length;
  let minW = minWidth;
  let out = '';
  let first = true;
  for (;;) {
    const l = Math.min(size, Math.max(remaining, minW, 1));
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    const part = '0'.repeat(nZeros) + digits.slice(remaining - nChars, remaining);
    out = first ? part : part + sep + out;
    first = false;
    remaining -= nChars;
    minW -= l;
    if (remaining <= 0 && minW <= 0) return out;
    minW -= 1;
  }
}

/** parse_number: a float body splits into leading digits, an optional '.', and the rest. */
function layoutFloatBody(f: FormatSpec, neg: boolean, body: string): string {
  let i = 0;
  while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  const hasDecimal = body.charCodeAt(i) === 46;
  return layoutNumber(f, neg, '', body.slice(0, i), hasDecimal, body.slice(hasDecimal ? i + 1 : i), 3);
}

/**
 * Assemble `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`; the remainder holds
 * a fraction and exponent, a '%', or for 'c' the character itself.
 */
function layoutNumber(
  f: FormatSpec,
  neg: boolean,
  prefix: string,
  digits: string,
  hasDecimal: boolean,
  remainder: string,
  groupSize: number,
): string {
  const signStr = neg ? '-' : f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '';
  const nonDigits = signStr.length + prefix.length + (hasDecimal ? 1 : 0) + cpLen(remainder);
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigits : 0;
  const grouped = digits === '' ? '' : groupDigits(digits, minWidth, f.grouping, groupSize);
  const padding = f.width - (nonDigits + grouped.length);
  const core = grouped + (hasDecimal ? '.' : '') + remainder;
  if (padding <= 0) return signStr + prefix + core;
  const pad = (n: number) => f.fill.repeat(n);
  switch (f.align) {
    case '<':
      return signStr + prefix + core + pad(padding);
    case '^': {
      const left = padding >> 1;
      return pad(left) + signStr + prefix + core + pad(padding - left);
    }
    case '=':
      return signStr + prefix + pad(padding) + core;
    default:
      return pad(padding) + signStr + prefix + core;
  }
}

// ---------------------------------------------------------------------------------------------
// format(float, spec), format(int, spec), format(str, spec)
// ---------------------------------------------------------------------------------------------

/** format(x, spec) for a Python float (float.__format__). */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const f = parseFormatSpec(spec, 'float', typeName);
  if (f.type.length > 1 || !'eEfFgGn%'.includes(f.type)) unknownCode(f.type, typeName);
  return formatFloatSpec(x, f);
}

const DEFAULT_ALIGN_NUMBER = '>';

/** format_float_internal: the digits from PyOS_double_to_string, then padding and grouping. */
function formatFloatSpec(x: number, f: FormatSpec): string {
  if (f.precision > INT_MAX) pyThrow('ValueError', 'precision too big');
  let type = f.type;
  let precision = f.precision;
  const flags: DtoaFlags = { alt: f.alt, addDot0: false, noNeg0: f.noNeg0, upper: false };
  let defaultPrecision = 6;
  if (type === '') {
    flags.addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  } else if (type === 'n') {
    type = 'g';
  }
  let pct = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  if (type === 'E' || type === 'F' || type === 'G') {
    flags.upper = true;
    type = type.toLowerCase();
  }
  let s = doubleToString(x, type, precision, flags);
  if (pct) s += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.grouping === '') return s;
  const neg = s.charCodeAt(0) === 45;
  return layoutFloatBody(withAlign(f), neg, neg ? s.slice(1) : s);
}

function withAlign(f: FormatSpec): FormatSpec {
  return f.align === '' ? { ...f, align: DEFAULT_ALIGN_NUMBER } : f;
}

/** format(x, spec) for a Python int (int.__format__); ints go through float for e/f/g/%. */
export function formatInt(x: number | bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return intText(x);
  const f = parseFormatSpec(spec, 'int', typeName);
  const t = f.type;
  if (t === '' || (t.length === 1 && 'bcdoxXn'.includes(t))) return formatIntSpec(x, withAlign(f));
  if (t.length === 1 && 'eEfFgG%'.includes(t)) return formatFloatSpec(intToFloat(x), f);
  return unknownCode(t, typeName);
}

/** PyLong_AsDouble: correctly rounded, OverflowError past the float range. */
export function intToFloat(x: number | bigint): number {
  if (typeof x === 'number') return x;
  const v = Number(x);
  if (!Number.isFinite(v)) pyThrow('OverflowError', 'int too large to convert to float');
  return v;
}

const BASES: Record<string, number> = { b: 2, o: 8, x: 16, X: 16, d: 10, n: 10, '': 10 };

function formatIntSpec(x: number | bigint, f: FormatSpec): string {
  if (f.precision !== -1) pyThrow('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNeg0) {
    pyThrow('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  }
  if (f.type === 'c') return formatIntChar(x, f);
  const base = BASES[f.type]!;
  const neg = x < 0;
  let digits = intText(neg ? -x : x, base);
  if (f.type === 'X') digits = digits.toUpperCase();
  const prefix = f.alt && base !== 10 ? '0' + (f.type === 'X' ? 'X' : f.type) : '';
  if (f.sign === '' || f.sign === '-') {
    if (f.width === -1 && f.grouping === '') return (neg ? '-' : '') + prefix + digits;
  }
  return layoutNumber(f, neg, prefix, digits, false, '', base === 10 ? 3 : 4);
}

function formatIntChar(x: number | bigint, f: FormatSpec): string {
  if (f.sign !== '') pyThrow('ValueError', "Sign not allowed with integer format specifier 'c'");
  if (f.alt) pyThrow('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
  if (typeof x === 'bigint' && (x > 9223372036854775807n || x < -9223372036854775808n)) {
    pyThrow('OverflowError', 'Python int too large to convert to C long');
  }
  const n = Number(x);
  if (n < 0 || n > 0x10ffff) pyThrow('OverflowError', '%c arg not in range(0x110000)');
  return layoutNumber(f, false, '', '', false, String.fromCodePoint(n), 3);
}

/** format(s, spec) for a Python str (str.__format__). */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, 'str', typeName);
  if (f.type !== '' && f.type !== 's') unknownCode(f.type, typeName);
  if (f.sign === ' ') pyThrow('ValueError', 'Space not allowed in string format specifier');
  if (f.sign !== '') pyThrow('ValueError', 'Sign not allowed in string format specifier');
  if (f.noNeg0) {
    pyThrow('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  }
  if (f.alt) pyThrow('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') pyThrow('ValueError', "'=' alignment not allowed in string format specifier");
  let text = s;
  if (f.precision >= 0) text = cpSlice(text, f.precision);
  return padText(text, f.width, f.align === '' ? '<' : f.align, f.fill);
}

/** calc_padding + fill_padding for a plain text field. */
function padText(text: string, width: number, align: string, fill: string): string {
  const len = cpLen(text);
  if (width <= len) return text;
  const total = width - len;
  if (align === '>') return fill.repeat(total) + text;
  if (align === '^') {
    const left = total >> 1;
    return fill.repeat(left) + text + fill.repeat(total - left);
  }
  return text + fill.repeat(total);
}

// ---------------------------------------------------------------------------------------------
// printf-style formatting: str % args (Objects/unicodeobject.c: PyUnicode_Format)
// ---------------------------------------------------------------------------------------------

/** How `%` formatting sees Python values; the VM supplies these, tests use plain JS values. */
export interface PercentHooks {
  str(v: unknown): string;
  repr(v: unknown): string;
  ascii(v: unknown): string;
  /** Python type name for messages ("str", "float"). */
  typeName(v: unknown): string;
  /** %d %i %u: int(v) if v is a number (PyNumber_Check), else undefined; may raise for inf/nan. */
  toInt(v: unknown): number | bigint | undefined;
  /** Whether v is a Python int (bool included): `*` widths accept nothing else. */
  isInt(v: unknown): boolean;
  /** %o %x %X %c: v.__index__() if v is an int-like, else undefined. */
  toIndex(v: unknown): number | bigint | undefined;
  /** %e %f %g: float(v) (PyFloat_AsDouble) or undefined if v is not a real number. */
  toFloat(v: unknown): number | undefined;
  /** The text of v if it is a Python str. */
  asStr(v: unknown): string | undefined;
  /** The items of v if it is a tuple (the operand then supplies several arguments). */
  tupleItems(v: unknown): readonly unknown[] | undefined;
  /** PyMapping_Check(v) for a non-tuple, non-str operand: enables %(key)s. */
  isMapping(v: unknown): boolean;
  /** mapping[key]; raises KeyError itself when missing. */
  getItem(mapping: unknown, key: string): unknown;
}

/** Plain-JS hooks: string = str, bigint/integral number = int, other number = float,
 *  array = tuple, plain object = dict, null = None, boolean = bool. */
export const JS_PERCENT_HOOKS: PercentHooks = {
  str: (v) => jsStr(v),
  repr: (v) => (typeof v === 'string' ? pyStrRepr(v) : jsStr(v)),
  ascii: (v) => asciiEscape(typeof v === 'string' ? pyStrRepr(v) : jsStr(v)),
  typeName: (v) => jsTypeName(v),
  toInt: (v) => (typeof v === 'boolean' ? Number(v) : typeof v === 'number' ? floatToIntChecked(v) : typeof v === 'bigint' ? v : undefined),
  isInt: (v) => typeof v === 'boolean' || typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v)),
  toIndex: (v) => (typeof v === 'boolean' ? Number(v) : typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v)) ? v : undefined),
  toFloat: (v) => (typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : typeof v === 'bigint' ? intToFloat(v) : undefined),
  asStr: (v) => (typeof v === 'string' ? v : undefined),
  tupleItems: (v) => (Array.isArray(v) ? v : undefined),
  isMapping: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  getItem: (m, key) => {
    const rec = m as Record<string, unknown>;
    if (!Object.prototype.hasOwnProperty.call(rec, key)) pyThrow('KeyError', pyStrRepr(key));
    return rec[key];
  },
};

function jsTypeName(v: unknown): string {
  if (typeof v === 'string') return 'str';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (v === null || v === undefined) return 'NoneType';
  return Array.isArray(v) ? 'tuple' : 'dict';
}

function jsStr(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : floatRepr(v);
  if (v === null || v === undefined) return 'None';
  return String(v);
}

/** int(x) for a float: truncation, with CPython's errors for inf and nan. */
export function floatToIntChecked(x: number): number | bigint {
  if (x !== x) pyThrow('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) {
    pyThrow('OverflowError', 'cannot convert float infinity to integer');
  }
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}

/** repr(str) with CPython's quote choice and escapes (used by the plain-JS hooks). */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** ascii(): repr with non-ASCII code points escaped as \xhh, \uhhhh or \Uhhhhhhhh. */
function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/** One parsed `%[(key)][flags][width][.prec][hlL]type` conversion. */
interface PercentArg {
  ljust: boolean; // '-'
  plus: boolean; // '+'
  blank: boolean; // ' '
  alt: boolean; // '#'
  zero: boolean; // '0'
  width: number; // -1 when absent
  prec: number; // -1 when absent
  ch: string; // the conversion character (one code point)
}

/** Cursor over the template and the argument list (struct unicode_formatter_t). */
class PercentState {
  pos = 0;
  argIndex: number;
  argLen: number;
  args: unknown;
  readonly items: readonly unknown[] | undefined;
  readonly dict: unknown;
  out = '';

  constructor(
    readonly fmt: string,
    operand: unknown,
    readonly hooks: PercentHooks,
  ) {
    this.items = hooks.tupleItems(operand);
    const isStr = hooks.asStr(operand) !== undefined;
    this.dict = this.items === undefined && !isStr && hooks.isMapping(operand) ? operand : undefined;
    this.args = operand;
    this.argLen = this.items ? this.items.length : -1;
    this.argIndex = this.items ? 0 : -2;
  }

  /** unicode_format_getnextarg */
  nextArg(): unknown {
    const i = this.argIndex;
    if (i < this.argLen) {
      this.argIndex++;
      return this.argLen < 0 ? this.args : this.items![i];
    }
    return pyThrow('TypeError', 'not enough arguments for format string');
  }
}

/**
 * `template % operand` for a str template. `operand` is the right-hand Python value: a tuple
 * (hooks.tupleItems) supplies several arguments, a mapping enables %(key)s.
 */
export function percentFormat(template: string, operand: unknown, hooks: PercentHooks = JS_PERCENT_HOOKS): string {
  const st = new PercentState(template, operand, hooks);
  const fmt = template;
  while (st.pos < fmt.length) {
    const next = fmt.indexOf('%', st.pos);
    if (next < 0) {
      st.out += fmt.slice(st.pos);
      break;
    }
    st.out += fmt.slice(st.pos, next);
    st.pos = next + 1;
    percentOne(st);
  }
  if (st.argIndex < st.argLen && st.dict === undefined) {
    pyThrow('TypeError', 'not all arguments converted during string formatting');
  }
  return st.out;
}

/** unicode_format_arg: one conversion starting just after its '%'. */
function percentOne(st: PercentState): void {
  if (st.fmt[st.pos] === '%') {
    st.pos++;
    st.out += '%';
    return;
  }
  const arg = parsePercentArg(st);
  const text = convertPercentArg(st, arg);
  if (text !== undefined) st.out += text;
  if (st.dict !== undefined && st.argIndex < st.argLen) {
    pyThrow('TypeError', 'not all arguments converted during string formatting');
  }
}

function readChar(st: PercentState): string | undefined {
  if (st.pos >= st.fmt.length) {
    st.pos++;
    return undefined;
  }
  const c = st.fmt.codePointAt(st.pos)!;
  const ch = String.fromCodePoint(c);
  st.pos += ch.length;
  return ch;
}

/** unicode_format_arg_parse: key, flags, width, precision, length modifier, type. */
function parsePercentArg(st: PercentState): PercentArg {
  if (st.fmt[st.pos] === '(') parsePercentKey(st);
  const arg: PercentArg = { ljust: false, plus: false, blank: false, alt: false, zero: false, width: -1, prec: -1, ch: '' };
  let ch = readChar(st);
  for (; ; ch = readChar(st)) {
    if (ch === '-') arg.ljust = true;
    else if (ch === '+') arg.plus = true;
    else if (ch === ' ') arg.blank = true;
    else if (ch === '#') arg.alt = true;
    else if (ch === '0') arg.zero = true;
    else break;
  }
  if (ch === '*') {
    arg.width = starArg(st);
    if (arg.width < 0) {
      arg.ljust = true;
      arg.width = -arg.width;
    }
    ch = readChar(st);
  } else if (ch !== undefined && ch >= '0' && ch <= '9') {
    [arg.width, ch] = readPercentNumber(st, ch, 'width too big', 9223372036854775807);
  }
  if (ch === '.') {
    arg.prec = 0;
    ch = readChar(st);
    if (ch === '*') {
      arg.prec = Math.max(0, starArg(st));
      ch = readChar(st);
    } else if (ch !== undefined && ch >= '0' && ch <= '9') {
      [arg.prec, ch] = readPercentNumber(st, ch, 'precision too big', INT_MAX);
    }
  }
  if (ch === 'h' || ch === 'l' || ch === 'L') ch = readChar(st);
  if (ch === undefined) pyThrow('ValueError', 'incomplete format');
  arg.ch = ch;
  return arg;
}

function readPercentNumber(st: PercentState, first: string, tooBig: string, max: number): [number, string | undefined] {
  let n = first.charCodeAt(0) - 48;
  let ch = readChar(st);
  while (ch !== undefined && ch >= '0' && ch <= '9') {
    const d = ch.charCodeAt(0) - 48;
    if (n > (max - d) / 10) pyThrow('ValueError', tooBig);
    n = n * 10 + d;
    ch = readChar(st);
  }
  return [n, ch];
}

/** A `*` width or precision: the next argument, which must be an int. */
function starArg(st: PercentState): number {
  const v = st.nextArg();
  const n = st.hooks.isInt(v) ? st.hooks.toIndex(v) : undefined;
  if (n === undefined) pyThrow('TypeError', '* wants int');
  return Number(n);
}

/** `%(key)`: balanced parentheses; the mapping's value becomes the single argument. */
function parsePercentKey(st: PercentState): void {
  if (st.dict === undefined) pyThrow('TypeError', 'format requires a mapping');
  const start = ++st.pos;
  let depth = 1;
  while (depth > 0 && st.pos < st.fmt.length) {
    const c = st.fmt[st.pos++];
    if (c === ')') depth--;
    else if (c === '(') depth++;
  }
  if (depth > 0) pyThrow('ValueError', 'incomplete format key');
  st.args = st.hooks.getItem(st.dict, st.fmt.slice(start, st.pos - 1));
  st.argLen = -1;
  st.argIndex = -2;
}

/** unicode_format_arg_format + output; returns the padded text of one conversion. */
function convertPercentArg(st: PercentState, arg: PercentArg): string | undefined {
  const v = st.nextArg();
  const hooks = st.hooks;
  switch (arg.ch) {
    case 's':
      return percentPad(arg, hooks.str(v), false);
    case 'r':
      return percentPad(arg, hooks.repr(v), false);
    case 'a':
      return percentPad(arg, hooks.ascii(v), false);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      return percentPad(arg, percentInt(hooks, v, arg), true);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      return percentPad(arg, percentFloat(hooks, v, arg), true);
    case 'c':
      return percentPad(arg, percentChar(hooks, v), false);
    default:
      return unsupportedPercent(st, arg.ch);
  }
}

function unsupportedPercent(st: PercentState, ch: string): never {
  const c = ch.codePointAt(0)!;
  const shown = c >= 31 && c <= 126 ? ch : '?';
  const index = cpLen(st.fmt.slice(0, st.pos - ch.length));
  pyThrow('ValueError', `unsupported format character '${shown}' (0x${c.toString(16)}) at index ${index}`);
}

/** mainformatlong + _PyUnicode_FormatLong: digits, precision zeros, '0x' prefix when '#'. */
function percentInt(hooks: PercentHooks, v: unknown, arg: PercentArg): string {
  const t = arg.ch;
  const wantIndex = t === 'o' || t === 'x' || t === 'X';
  const n = wantIndex ? hooks.toIndex(v) : hooks.toInt(v);
  if (n === undefined) {
    const need = wantIndex ? 'an integer' : 'a real number';
    pyThrow('TypeError', `%${t} format: ${need} is required, not ${hooks.typeName(v)}`);
  }
  const neg = n < 0;
  const base = t === 'o' ? 8 : wantIndex ? 16 : 10;
  let digits = intText(neg ? -n : n, base);
  if (arg.prec > digits.length) digits = '0'.repeat(arg.prec - digits.length) + digits;
  const prefix = arg.alt && base !== 10 ? '0' + (t === 'o' ? 'o' : 'x') : '';
  const s = (neg ? '-' : '') + prefix + digits;
  return t === 'X' ? s.toUpperCase() : s;
}

/** formatfloat: PyOS_double_to_string with the conversion letter; precision defaults to 6. */
function percentFloat(hooks: PercentHooks, v: unknown, arg: PercentArg): string {
  const x = hooks.toFloat(v);
  if (x === undefined) pyThrow('TypeError', `must be real number, not ${hooks.typeName(v)}`);
  const upper = arg.ch === 'E' || arg.ch === 'F' || arg.ch === 'G';
  const flags: DtoaFlags = { alt: arg.alt, addDot0: false, noNeg0: false, upper };
  return doubleToString(x, arg.ch.toLowerCase(), arg.prec < 0 ? 6 : arg.prec, flags);
}

/** formatchar: a one-character str, or an int code point. */
function percentChar(hooks: PercentHooks, v: unknown): string {
  const s = hooks.asStr(v);
  if (s !== undefined) {
    if (cpLen(s) === 1) return s;
    pyThrow('TypeError', '%c requires int or char');
  }
  const n = hooks.toIndex(v);
  if (n === undefined) pyThrow('TypeError', '%c requires int or char');
  if (n < 0 || n > 0x10ffff) pyThrow('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

/** unicode_format_arg_output: precision truncation for s/r/a, sign, '0x' prefix, padding. */
function percentPad(arg: PercentArg, str: string, numeric: boolean): string {
  let text = str;
  if (!numeric && arg.prec >= 0 && (arg.ch === 's' || arg.ch === 'r' || arg.ch === 'a')) {
    text = cpSlice(text, arg.prec);
  }
  let sign = '';
  if (numeric) {
    const c = text[0];
    if (c === '-' || c === '+') {
      sign = c;
      text = text.slice(1);
    } else if (arg.plus) sign = '+';
    else if (arg.blank) sign = ' ';
  }
  let prefix = '';
  if (arg.alt && (arg.ch === 'x' || arg.ch === 'X' || arg.ch === 'o')) {
    prefix = text.slice(0, 2);
    text = text.slice(2);
  }
  const len = sign.length + prefix.length + cpLen(text);
  const pad = arg.width - len;
  if (pad <= 0) return sign + prefix + text;
  if (arg.ljust) return sign + prefix + text + ' '.repeat(pad);
  if (numeric && arg.zero) return sign + prefix + '0'.repeat(pad) + text;
  return ' '.repeat(pad) + sign + prefix + text;
}

// Storage of array.array: one typed array per typecode (Int8Array for 'b' ... Float64Array for
// 'd', BigInt64Array for the 64-bit codes, code points in a Uint32Array for 'u'), conversion of
// guest values into items with CPython's overflow and type messages, and boxing back out.

import { overflowError, typeError } from '../exceptions.js';
import { PyObject, PyFloat, normInt, type PyValue } from '../values.js';
import type { AttrDict } from '../objects.js';
import type { PyType } from '../type-object.js';
import { toDouble, toInt } from './module-util.js';

export type Raw = number | bigint;

/** The common surface of the typed arrays used as storage. */
export interface Store {
  [index: number]: Raw;
  readonly length: number;
  readonly buffer: ArrayBufferLike;
  readonly byteOffset: number;
}

export interface TypeCode {
  code: string;
  itemsize: number;
  kind: 'int' | 'float' | 'unicode';
  make: (n: number | ArrayBuffer) => Store;
  min?: bigint;
  max?: bigint;
  /** Messages for values beyond min / max that still fit the C conversion. */
  under?: string;
  over?: string;
  /** Messages for values beyond what the C conversion accepts at all. */
  farUnder?: string;
  farOver?: string;
}

const LONG = 'Python int too large to convert to C long';
const ULONG = 'Python int too large to convert to C unsigned long';
const NEG_UINT = "can't convert negative value to unsigned int";

function ints(code: string, itemsize: number, make: TypeCode['make'], min: bigint, max: bigint, name: string): TypeCode {
  return { code, itemsize, kind: 'int', make, min, max, under: `${name} is less than minimum`, over: `${name} is greater than maximum`, farUnder: LONG, farOver: LONG };
}

export const TYPECODES: Record<string, TypeCode> = {
  b: ints('b', 1, (n) => new Int8Array(n as number), -128n, 127n, 'signed char'),
  B: ints('B', 1, (n) => new Uint8Array(n as number), 0n, 255n, 'unsigned byte integer'),
  h: ints('h', 2, (n) => new Int16Array(n as number), -32768n, 32767n, 'signed short integer'),
  H: ints('H', 2, (n) => new Uint16Array(n as number), 0n, 65535n, 'unsigned short'),
  i: ints('i', 4, (n) => new Int32Array(n as number), -2147483648n, 2147483647n, 'signed integer'),
  I: { ...ints('I', 4, (n) => new Uint32Array(n as number), 0n, 4294967295n, 'unsigned int'), under: NEG_UINT, farUnder: NEG_UINT, farOver: ULONG },
  l: { code: 'l', itemsize: 8, kind: 'int', make: (n) => new BigInt64Array(n as number), min: -(2n ** 63n), max: 2n ** 63n - 1n, under: LONG, over: LONG },
  L: { code: 'L', itemsize: 8, kind: 'int', make: (n) => new BigUint64Array(n as number), min: 0n, max: 2n ** 64n - 1n, under: NEG_UINT, over: ULONG },
  q: { code: 'q', itemsize: 8, kind: 'int', make: (n) => new BigInt64Array(n as number), min: -(2n ** 63n), max: 2n ** 63n - 1n, under: 'int too big to convert', over: 'int too big to convert' },
  Q: { code: 'Q', itemsize: 8, kind: 'int', make: (n) => new BigUint64Array(n as number), min: 0n, max: 2n ** 64n - 1n, under: "can't convert negative int to unsigned", over: 'int too big to convert' },
  f: { code: 'f', itemsize: 4, kind: 'float', make: (n) => new Float32Array(n as number) },
  d: { code: 'd', itemsize: 8, kind: 'float', make: (n) => new Float64Array(n as number) },
  u: { code: 'u', itemsize: 4, kind: 'unicode', make: (n) => new Uint32Array(n as number) },
};

export const TYPECODE_LIST = 'bBuhHiIlLqQfd';

const C_LONG_MIN = -(2n ** 63n);
const C_LONG_MAX = 2n ** 63n - 1n;

function checkRange(tc: TypeCode, v: bigint): void {
  const farLow = tc.farUnder !== undefined && v < C_LONG_MIN;
  const farHigh = tc.farOver !== undefined && v > (tc.farOver === ULONG ? 2n ** 64n - 1n : C_LONG_MAX);
  if (farLow) overflowError(tc.farUnder!);
  if (farHigh) overflowError(tc.farOver!);
  if (v < tc.min!) overflowError(tc.under!);
  if (v > tc.max!) overflowError(tc.over!);
}

/** A guest value as an item of typecode `tc`. */
export function toRaw(tc: TypeCode, v: PyValue): Raw {
  if (tc.kind === 'float') return toDouble(v);
  if (tc.kind === 'unicode') {
    if (typeof v !== 'string' || [...v].length !== 1) typeError('array item must be unicode character');
    return v.codePointAt(0)!;
  }
  const n = toInt(v);
  if (typeof n === 'number' && n >= Number(tc.min!) && n <= Number(tc.max!) && tc.itemsize < 8) return n;
  const big = BigInt(n);
  checkRange(tc, big);
  return tc.itemsize === 8 ? big : Number(big);
}

/** An item as a guest value. */
export function box(tc: TypeCode, raw: Raw): PyValue {
  if (tc.kind === 'float') return new PyFloat(raw as number);
  if (tc.kind === 'unicode') return String.fromCodePoint(raw as number);
  return typeof raw === 'bigint' ? normInt(raw) : raw;
}

export class PyArray extends PyObject {
  data: Store;
  length = 0;
  attrs: AttrDict | null = null;
  constructor(type: PyType, readonly tc: TypeCode) {
    super();
    this.type = type;
    this.data = tc.make(8);
  }
  item(i: number): PyValue {
    return box(this.tc, this.data[i]!);
  }
  push(raw: Raw): void {
    if (this.length === this.data.length) this.resize(this.data.length * 2);
    this.data[this.length++] = raw;
  }
  private resize(capacity: number): void {
    const grown = this.tc.make(Math.max(8, capacity));
    for (let i = 0; i < this.length; i++) grown[i] = this.data[i]!;
    this.data = grown;
  }
  raw(): Raw[] {
    const out = new Array<Raw>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.data[i]!;
    return out;
  }
  items(): PyValue[] {
    return this.raw().map((r) => box(this.tc, r));
  }
  setRaw(items: readonly Raw[]): void {
    this.data = this.tc.make(Math.max(8, items.length));
    items.forEach((r, i) => (this.data[i] = r));
    this.length = items.length;
  }
  bytes(): Uint8Array {
    return new Uint8Array(this.data.buffer, this.data.byteOffset, this.length * this.tc.itemsize).slice();
  }
  /** Appends the items encoded in `bytes` (whose length is a multiple of itemsize). */
  pushBytes(bytes: Uint8Array): void {
    const view = this.tc.make(bytes.slice().buffer as ArrayBuffer);
    for (let i = 0; i < view.length; i++) this.push(view[i]!);
  }
}

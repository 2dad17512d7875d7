// The `.cvm` binary module format: encodeModule writes a module's top-level CodeObject tree,
// decodeModule reads one back. Decoding only parses: every read is bounds-checked, every
// length is checked against the bytes left before anything is allocated, and a corrupt file is
// a BytecodeError, never another exception. It does not check that the code makes sense; the
// validator does (loadModule = decode + validate). The layout is documented in README.md.
// Encodings are canonical, so encode(decode(bytes)) reproduces bytes exactly.

import { BytecodeError } from './bytecode-error.js';
import { CodeObject, type ConstValue, type ExceptionEntry } from './code-object.js';
import { feedbackLayout } from './opcode-info.js';
import { OPCODE_COUNT } from './opcodes.js';
import { Ellipsis, PyBytes, PyEllipsisValue, PyFloat, PyTuple, type PyValue } from '../runtime/values.js';
import { PyFrozenSet } from '../runtime/objects.js';
import { frozensetOf } from '../runtime/builtins/set-order.js';

/** First bytes of every module: DEL 'C' 'V' 'M'. */
export const MAGIC: Readonly<Uint8Array> = Uint8Array.of(0x7f, 0x43, 0x56, 0x4d);
/** Bump whenever the layout below or the instruction table (opcodes.ts) changes; the opcode
 *  count in the header only catches the table changes that alter its length. */
export const FORMAT_VERSION = 2;
/** Tuples and code objects nested inside each other, counted from the module's code. */
export const MAX_NESTING_DEPTH = 200;
/** Largest big-int constant, in magnitude bytes (8 Mbit). */
export const MAX_BIGINT_BYTES = 1 << 20;

/** Constant tags: printable ASCII so that a hex dump is readable. */
const Tag = {
  NONE: 0x4e, // 'N'
  TRUE: 0x54, // 'T'
  FALSE: 0x46, // 'F'
  ELLIPSIS: 0x2e, // '.'
  INT: 0x69, // 'i': safe integer >= 0, varint
  NEG_INT: 0x6a, // 'j': safe integer < 0, varint magnitude
  BIG_INT: 0x49, // 'I': integer > MAX_SAFE_INTEGER, magnitude bytes
  NEG_BIG_INT: 0x4a, // 'J': integer < -MAX_SAFE_INTEGER, magnitude bytes
  FLOAT: 0x67, // 'g': 8 bytes IEEE 754, little-endian
  STR: 0x73, // 's': UTF-8 (lone surrogates as 3-byte sequences), byte length first
  BYTES: 0x62, // 'b'
  TUPLE: 0x28, // '('
  FROZENSET: 0x7b, // '{': items in insertion order (which decides the set layout)
  CODE: 0x63, // 'c'
} as const;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);
/** Bit pattern written for every NaN (the only one accepted): 0x7ff8000000000000. */
const CANONICAL_NAN_HIGH = 0x7ff80000;

// ---------------------------------------------------------------------------------------------
// Encoding

class ByteWriter {
  private buf = new Uint8Array(1024);
  private view = new DataView(this.buf.buffer);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    bigger.set(this.buf.subarray(0, this.length));
    this.buf = bigger;
    this.view = new DataView(bigger.buffer);
  }

  byte(b: number): void {
    this.reserve(1);
    this.buf[this.length++] = b;
  }

  u16(v: number): void {
    this.reserve(2);
    this.view.setUint16(this.length, v, true);
    this.length += 2;
  }

  /** Unsigned LEB128 of a non-negative integer up to 2**53 - 1. */
  varUint(v: number): void {
    this.reserve(8);
    while (v >= 0x80) {
      this.buf[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.length++] = v;
  }

  /** An int32 word, stored as its uint32 bit pattern. */
  word(v: number): void {
    this.varUint(v >>> 0);
  }

  raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
  }

  float64(v: number): void {
    this.reserve(8);
    if (Number.isNaN(v)) {
      this.view.setUint32(this.length, 0, true);
      this.view.setUint32(this.length + 4, CANONICAL_NAN_HIGH, true);
    } else {
      this.view.setFloat64(this.length, v, true);
    }
    this.length += 8;
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

function encodeError(code: CodeObject, problem: string): never {
  throw new BytecodeError(`cannot encode: ${problem}`, { file: code.filename, func: code.qualname });
}

/** Writes the module: magic, version, opcode count, then the top-level code object. */
export function encodeModule(code: CodeObject): Uint8Array {
  const w = new ByteWriter();
  w.raw(MAGIC);
  w.u16(FORMAT_VERSION);
  w.u16(OPCODE_COUNT);
  writeCode(w, code, 0);
  return w.finish();
}

function writeWord(w: ByteWriter, code: CodeObject, field: string, v: number): void {
  if (v !== (v | 0)) encodeError(code, `${field} ${v} is not a 32-bit integer`);
  w.word(v);
}

function writeCode(w: ByteWriter, code: CodeObject, depth: number): void {
  writeStr(w, code.name);
  writeStr(w, code.qualname);
  writeWord(w, code, 'firstLineNo', code.firstLineNo);
  writeWord(w, code, 'argCount', code.argCount);
  writeWord(w, code, 'posOnlyArgCount', code.posOnlyArgCount);
  writeWord(w, code, 'kwOnlyArgCount', code.kwOnlyArgCount);
  writeWord(w, code, 'flags', code.flags);
  writeWord(w, code, 'maxStack', code.maxStack);
  w.varUint(feedbackLayout(code.code).count);
  writeWords(w, code.code);
  w.varUint(code.consts.length);
  for (const value of code.consts) writeConst(w, code, value, depth);
  for (const list of [code.names, code.varnames, code.cellvars, code.freevars]) {
    w.varUint(list.length);
    for (const s of list) writeStr(w, s);
  }
  if (code.lineTable.length % 2 !== 0) encodeError(code, 'line table has an odd number of words');
  w.varUint(code.lineTable.length / 2);
  for (const v of code.lineTable) w.word(v);
  writeExceptionTable(w, code, code.exceptionTable);
}

function writeWords(w: ByteWriter, words: Int32Array): void {
  w.varUint(words.length);
  for (const v of words) w.word(v);
}

function writeExceptionTable(w: ByteWriter, code: CodeObject, table: readonly ExceptionEntry[]): void {
  w.varUint(table.length);
  for (const e of table) {
    for (const v of [e.start, e.end, e.target, e.depth]) writeWord(w, code, 'exception table entry', v);
  }
}

function writeConst(w: ByteWriter, code: CodeObject, value: ConstValue, depth: number): void {
  if (!(value instanceof PyTuple || value instanceof PyFrozenSet || value instanceof CodeObject)) return writeScalar(w, code, value);
  if (depth >= MAX_NESTING_DEPTH) encodeError(code, `constants nested deeper than ${MAX_NESTING_DEPTH}`);
  if (value instanceof CodeObject) {
    w.byte(Tag.CODE);
    return writeCode(w, value, depth + 1);
  }
  const items = value instanceof PyTuple ? value.items : value.table.liveKeys();
  w.byte(value instanceof PyTuple ? Tag.TUPLE : Tag.FROZENSET);
  w.varUint(items.length);
  for (const item of items) writeConst(w, code, item, depth + 1);
}

/** Any constant but a tuple or code object. */
function writeScalar(w: ByteWriter, code: CodeObject, value: PyValue): void {
  if (value === null) return w.byte(Tag.NONE);
  switch (typeof value) {
    case 'boolean':
      return w.byte(value ? Tag.TRUE : Tag.FALSE);
    case 'number':
      if (!Number.isSafeInteger(value)) encodeError(code, `int constant ${value} is not a safe integer`);
      return writeInt(w, BigInt(value));
    case 'bigint':
      return writeInt(w, value);
    case 'string':
      w.byte(Tag.STR);
      return writeStr(w, value);
  }
  if (value instanceof PyFloat) {
    w.byte(Tag.FLOAT);
    return w.float64(value.value);
  }
  if (value instanceof PyBytes) {
    w.byte(Tag.BYTES);
    w.varUint(value.data.length);
    return w.raw(value.data);
  }
  if (value instanceof PyEllipsisValue) return w.byte(Tag.ELLIPSIS);
  encodeError(code, `a constant of class ${value.constructor.name} has no binary form`);
}

/** Ints in the safe range are varints (sign in the tag); larger ones are magnitude bytes. */
function writeInt(w: ByteWriter, value: bigint): void {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  if (magnitude <= MAX_SAFE_BIG) {
    w.byte(negative ? Tag.NEG_INT : Tag.INT);
    return w.varUint(Number(magnitude));
  }
  let hex = magnitude.toString(16);
  if (hex.length % 2 !== 0) hex = `0${hex}`;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = parseInt(hex.substr(hex.length - 2 * (i + 1), 2), 16);
  }
  w.byte(negative ? Tag.NEG_BIG_INT : Tag.BIG_INT);
  w.varUint(bytes.length);
  w.raw(bytes);
}

const TEXT_ENCODER = new TextEncoder();
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function writeStr(w: ByteWriter, s: string): void {
  const bytes = LONE_SURROGATE.test(s) ? encodeWtf8(s) : TEXT_ENCODER.encode(s);
  w.varUint(bytes.length);
  w.raw(bytes);
}

/** UTF-8 that keeps lone surrogates as 3-byte sequences (Python's 'surrogatepass'), so every
 *  guest str survives the trip; pairs are still written as one 4-byte sequence. */
function encodeWtf8(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    if (cp >= 0xd800 && cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
      i++;
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------------------------
// Decoding

const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

class ByteReader {
  pos = 0;
  private readonly view: DataView;

  constructor(
    readonly bytes: Uint8Array,
    readonly file: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  fail(problem: string): never {
    throw new BytecodeError(problem, { file: this.file });
  }

  get left(): number {
    return this.bytes.length - this.pos;
  }

  need(n: number, what: string, at = this.pos): void {
    if (n > this.bytes.length - at) {
      this.fail(`truncated module: ${what} at offset ${at} needs ${n} byte(s), ${this.bytes.length - at} left`);
    }
  }

  byte(what: string): number {
    this.need(1, what);
    return this.bytes[this.pos++]!;
  }

  u16(what: string): number {
    this.need(2, what);
    const v = this.view.getUint16(this.pos, true);
    this.pos += 2;
    return v;
  }

  /** Canonical unsigned LEB128 of at most `maxBytes` bytes, value at most `max`. */
  varUint(what: string, max = 0xffffffff): number {
    const bytes = this.bytes;
    const start = this.pos;
    const b0 = bytes[start];
    if (b0 !== undefined && b0 < 0x80) {
      this.pos = start + 1;
      if (b0 > max) this.tooLarge(what, b0, max, start);
      return b0;
    }
    return this.varUintSlow(what, max, start);
  }

  private varUintSlow(what: string, max: number, start: number): number {
    let value = 0;
    let scale = 1;
    for (let pos = start; ; pos++) {
      if (pos >= this.bytes.length) this.need(pos - start + 1, what, start);
      const b = this.bytes[pos]!;
      value += (b & 0x7f) * scale;
      if (b < 0x80) {
        if (b === 0 && pos > start) this.fail(`non-canonical varint for ${what} at offset ${start}`);
        if (value > max) this.tooLarge(what, value, max, start);
        this.pos = pos + 1;
        return value;
      }
      scale *= 0x80;
      if (pos - start >= 7) this.fail(`varint for ${what} at offset ${start} is longer than 8 bytes`);
    }
  }

  private tooLarge(what: string, value: number, max: number, at: number): never {
    this.fail(`${what} ${value} at offset ${at} exceeds the limit ${max}`);
  }

  /** An int32 word stored as its uint32 bit pattern. */
  word(what: string): number {
    return this.varUint(what) | 0;
  }

  /** An element count: each element takes at least `minBytes`, so a count the remaining bytes
   *  cannot hold is a truncated file, caught before anything is allocated. */
  count(what: string, minBytes = 1, noun = 'count'): number {
    const at = this.pos;
    const n = this.varUint(what);
    if (n * minBytes > this.left) {
      this.fail(`truncated module: ${what} ${noun} ${n} at offset ${at} exceeds the ${this.left} byte(s) left`);
    }
    return n;
  }

  /** Raw bytes; a view into the input, so copy before keeping. */
  slice(n: number, what: string): Uint8Array {
    this.need(n, what);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  str(what: string): string {
    const n = this.count(what, 1, 'length');
    const start = this.pos;
    this.pos += n;
    const s = asciiString(this.bytes, start, this.pos);
    if (s !== null) return s;
    try {
      return FATAL_UTF8.decode(this.bytes.subarray(start, this.pos));
    } catch {
      return decodeWtf8(this.bytes, start, this.pos) ?? this.fail(`invalid UTF-8 in ${what} at offset ${start}`);
    }
  }

  /** Float64; NaN only in the one bit pattern the encoder writes. */
  float64(what: string): number {
    this.need(8, what);
    const low = this.view.getUint32(this.pos, true);
    const high = this.view.getUint32(this.pos + 4, true);
    const v = this.view.getFloat64(this.pos, true);
    if (Number.isNaN(v) && (high !== CANONICAL_NAN_HIGH || low !== 0)) {
      this.fail(`non-canonical NaN in ${what} at offset ${this.pos}`);
    }
    this.pos += 8;
    return v;
  }
}

/** Fast path for the short ASCII strings that make up most names; null if not all ASCII. */
function asciiString(bytes: Uint8Array, start: number, end: number): string | null {
  if (end - start > 64) return null;
  let s = '';
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (b >= 0x80) return null;
    s += String.fromCharCode(b);
  }
  return s;
}

/** Strict UTF-8 plus 3-byte lone surrogates (the encoder's 'surrogatepass'); a surrogate pair
 *  written as two 3-byte sequences is rejected, since the encoder never writes it. */
function decodeWtf8(bytes: Uint8Array, start: number, end: number): string | null {
  const units: number[] = [];
  let afterHighSurrogate = false;
  for (let i = start; i < end; ) {
    const b0 = bytes[i]!;
    const n = b0 < 0x80 ? 1 : b0 >= 0xc2 && b0 <= 0xdf ? 2 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xf0 && b0 <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > end) return null;
    let cp = n === 1 ? b0 : b0 & (0xff >> (n + 1));
    for (let k = 1; k < n; k++) {
      const b = bytes[i + k]!;
      if ((b & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (b & 0x3f);
    }
    if ((n === 3 && cp < 0x800) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff))) return null;
    if (afterHighSurrogate && cp >= 0xdc00 && cp <= 0xdfff) return null;
    afterHighSurrogate = cp >= 0xd800 && cp <= 0xdbff;
    if (cp >= 0x10000) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
    i += n;
  }
  let s = '';
  for (let i = 0; i < units.length; i += 4096) s += String.fromCharCode(...units.slice(i, i + 4096));
  return s;
}

/** Reads a module written by encodeModule. Code objects take `filename` as their file name. */
export function decodeModule(bytes: Uint8Array, filename: string): CodeObject {
  const r = new ByteReader(bytes, filename);
  readHeader(r);
  const code = readCode(r, 0);
  if (r.left !== 0) r.fail(`trailing bytes after module (${r.left} byte(s) at offset ${r.pos})`);
  return code;
}

function readHeader(r: ByteReader): void {
  for (let i = 0; i < MAGIC.length; i++) {
    if (i < r.bytes.length && r.bytes[i] !== MAGIC[i]) r.fail('not a corevm module (bad magic)');
  }
  r.need(MAGIC.length, 'magic');
  r.pos = MAGIC.length;
  const version = r.u16('format version');
  if (version !== FORMAT_VERSION) r.fail(`unsupported format version ${version} (this corevm reads ${FORMAT_VERSION})`);
  const opcodes = r.u16('opcode count');
  if (opcodes !== OPCODE_COUNT) {
    r.fail(`module was built for an instruction table of ${opcodes} opcodes; this corevm has ${OPCODE_COUNT}`);
  }
}

function readCode(r: ByteReader, depth: number): CodeObject {
  const name = r.str('code name');
  const qualname = r.str('code qualname');
  const firstLineNo = r.word('firstLineNo');
  const argCount = r.word('argCount');
  const posOnlyArgCount = r.word('posOnlyArgCount');
  const kwOnlyArgCount = r.word('kwOnlyArgCount');
  const flags = r.word('flags');
  const maxStack = r.word('maxStack');
  const feedbackAt = r.pos;
  const feedbackSlotCount = r.varUint('feedback slot count');
  const words = readWords(r);
  const actualSlots = feedbackLayout(words).count;
  if (feedbackSlotCount !== actualSlots) {
    r.fail(`code '${qualname}': stored feedback slot count ${feedbackSlotCount} (offset ${feedbackAt}) differs from the ${actualSlots} slots the instruction table gives`);
  }
  const consts = readConsts(r, depth);
  const [names, varnames, cellvars, freevars] = ['names', 'varnames', 'cellvars', 'freevars'].map((what) => readStrings(r, what));
  const code = new CodeObject({
    name, qualname, filename: r.file, firstLineNo, argCount, posOnlyArgCount, kwOnlyArgCount, flags,
    code: words, consts, names: names!, varnames: varnames!, cellvars: cellvars!, freevars: freevars!,
    lineTable: readLineTable(r), exceptionTable: readExceptionTable(r), maxStack,
  });
  code.feedbackSlotCount = feedbackSlotCount;
  return code;
}

/** Code words, with the one-byte varint (opcodes and small operands) inlined. */
function readWords(r: ByteReader): Int32Array {
  const n = r.count('code word');
  const words = new Int32Array(n);
  const bytes = r.bytes;
  for (let i = 0; i < n; i++) {
    const b = bytes[r.pos]!;
    if (b < 0x80) {
      words[i] = b;
      r.pos++;
    } else {
      words[i] = r.word('code word');
    }
  }
  return words;
}

function readStrings(r: ByteReader, what: string): string[] {
  const n = r.count(what);
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) out[i] = r.str(`${what} entry`);
  return out;
}

function readLineTable(r: ByteReader): Int32Array {
  const pairs = r.count('line table', 2);
  const table = new Int32Array(pairs * 2);
  for (let i = 0; i < table.length; i++) table[i] = r.word('line table entry');
  return table;
}

function readExceptionTable(r: ByteReader): ExceptionEntry[] {
  const n = r.count('exception table', 4);
  const table: ExceptionEntry[] = [];
  for (let i = 0; i < n; i++) {
    const w = (): number => r.word('exception table entry');
    table.push({ start: w(), end: w(), target: w(), depth: w() });
  }
  return table;
}

function readConsts(r: ByteReader, depth: number): ConstValue[] {
  const n = r.count('constant');
  const out = new Array<ConstValue>(n);
  for (let i = 0; i < n; i++) out[i] = readConst(r, depth);
  return out;
}

function readConst(r: ByteReader, depth: number): ConstValue {
  const at = r.pos;
  const tag = r.byte('constant tag');
  if (tag === Tag.CODE) {
    if (depth >= MAX_NESTING_DEPTH) nestedTooDeep(r, at);
    return readCode(r, depth + 1);
  }
  return readValue(r, tag, at, depth);
}

/** A constant other than a code object (tuples hold only these). */
function readValue(r: ByteReader, tag: number, at: number, depth: number): PyValue {
  switch (tag) {
    case Tag.NONE: return null;
    case Tag.TRUE: return true;
    case Tag.FALSE: return false;
    case Tag.ELLIPSIS: return Ellipsis;
    case Tag.INT: return r.varUint('int constant', MAX_SAFE);
    case Tag.NEG_INT: return readNegInt(r, at);
    case Tag.BIG_INT: return readBigInt(r, at);
    case Tag.NEG_BIG_INT: return -readBigInt(r, at);
    case Tag.FLOAT: return new PyFloat(r.float64('float constant'));
    case Tag.STR: return r.str('string constant');
    case Tag.BYTES: return new PyBytes(r.slice(r.count('bytes constant', 1, 'length'), 'bytes constant').slice());
    case Tag.TUPLE: return readTuple(r, at, depth);
    case Tag.FROZENSET: return frozensetOf(readTuple(r, at, depth).items);
    case Tag.CODE: return r.fail(`code constant inside a tuple at offset ${at}`);
  }
  return r.fail(`unknown constant tag 0x${tag.toString(16).padStart(2, '0')} at offset ${at}`);
}

function readTuple(r: ByteReader, at: number, depth: number): PyTuple {
  if (depth >= MAX_NESTING_DEPTH) nestedTooDeep(r, at);
  const n = r.count('tuple item');
  const items = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) {
    const itemAt = r.pos;
    items[i] = readValue(r, r.byte('constant tag'), itemAt, depth + 1);
  }
  return new PyTuple(items);
}

function nestedTooDeep(r: ByteReader, at: number): never {
  r.fail(`constants nested deeper than ${MAX_NESTING_DEPTH} at offset ${at}`);
}

function readNegInt(r: ByteReader, at: number): number {
  const magnitude = r.varUint('int constant', MAX_SAFE);
  if (magnitude === 0) r.fail(`non-canonical int constant at offset ${at} (negative zero)`);
  return -magnitude;
}

/** Magnitude bytes, little-endian; canonical means no high zero byte and outside the safe range. */
function readBigInt(r: ByteReader, at: number): bigint {
  const n = r.varUint('big int constant length', MAX_BIGINT_BYTES);
  const bytes = r.slice(n, 'big int constant');
  if (n === 0 || bytes[n - 1] === 0) r.fail(`non-canonical int constant at offset ${at} (leading zero byte)`);
  let hex = '';
  for (let i = n - 1; i >= 0; i--) hex += HEX_BYTE[bytes[i]!];
  const magnitude = BigInt(`0x${hex}`);
  if (magnitude <= MAX_SAFE_BIG) r.fail(`non-canonical int constant at offset ${at} (fits a safe integer)`);
  return magnitude;
}

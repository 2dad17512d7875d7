// CPython's exact 64-bit hashes (int, float, tuple, frozenset) and an emulation of the slot
// layout of Objects/setobject.c, so sets iterate, print and pop() in CPython's order. The
// OrderedTable stays the store for membership; a SetLayout mirrors it lazily: plain additions
// (the interpreter's BUILD_SET, set.add) are replayed on demand, while removals and CPython's
// bulk algorithms (set_merge, presizing, resize after difference) update it eagerly here.

import { raise, typeError, typeName } from '../exceptions.js';
import type { OrderedTable } from '../hash-table.js';
import { PyFrozenSet, PyMethodDescriptor, PySet } from '../objects.js';
import { callMethodDescr, identityHash, lookupType, stringHash } from '../protocols.js';
import { typeOf } from '../types.js';
import { PyFloat, PyTuple, normInt, type PyValue } from '../values.js';

// ---------------------------------------------------------------------------------------
// 64-bit arithmetic on (hi, lo) int32 pairs; results go to the scratch `R`.

/** Scratch result of the 64-bit helpers and of hash64: the signed hash is hi·2^32 + (lo >>> 0). */
export const R = { hi: 0, lo: 0 };

function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a48 = aHi >>> 16, a32 = aHi & 0xffff, a16 = aLo >>> 16, a00 = aLo & 0xffff;
  const b48 = bHi >>> 16, b32 = bHi & 0xffff, b16 = bLo >>> 16, b00 = bLo & 0xffff;
  let c00 = a00 * b00;
  let c16 = c00 >>> 16;
  c00 &= 0xffff;
  c16 += a16 * b00;
  let c32 = c16 >>> 16;
  c16 &= 0xffff;
  c16 += a00 * b16;
  c32 += c16 >>> 16;
  c16 &= 0xffff;
  c32 += a32 * b00;
  let c48 = c32 >>> 16;
  c32 &= 0xffff;
  c32 += a16 * b16;
  c48 += c32 >>> 16;
  c32 &= 0xffff;
  c32 += a00 * b32;
  c48 += c32 >>> 16;
  c32 &= 0xffff;
  c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
  R.hi = ((c48 & 0xffff) << 16) | c32;
  R.lo = (c16 << 16) | c00;
}

function add64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const lo = (aLo >>> 0) + (bLo >>> 0);
  R.hi = (aHi + bHi + (lo > 0xffffffff ? 1 : 0)) | 0;
  R.lo = lo | 0;
}

/** The signed 64-bit value (hi, lo) as a canonical Python int. */
export function int64Value(hi: number, lo: number): PyValue {
  if (hi >= -0x200000 && hi < 0x200000) return hi * 4294967296 + (lo >>> 0);
  return normInt((BigInt(hi) << 32n) | BigInt(lo >>> 0));
}

function setFromBigInt(v: bigint): void {
  const u = BigInt.asUintN(64, v);
  R.hi = Number(u >> 32n) | 0;
  R.lo = Number(u & 0xffffffffn) | 0;
}

// ---------------------------------------------------------------------------------------
// Numeric hashes (https://docs.python.org/3/library/stdtypes.html#hashing-of-numeric-types)

const MODULUS = (1n << 61n) - 1n;

/** hash(int) into R. */
export function intHash64(v: number | bigint): void {
  if (typeof v === 'number') {
    const h = v === -1 ? -2 : v; // |v| < 2**53 < 2**61 - 1: no reduction
    R.hi = Math.floor(h / 4294967296) | 0;
    R.lo = h | 0;
    return;
  }
  let r = (v < 0n ? -v : v) % MODULUS;
  if (v < 0n) r = -r;
  setFromBigInt(r === -1n ? -2n : r);
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** hash(float) into R, exactly as _Py_HashDouble (NaN hashes by identity there). */
export function floatHash64(x: number): void {
  if (Number.isSafeInteger(x)) return intHash64(x === 0 ? 0 : x);
  if (!Number.isFinite(x)) {
    intHash64(x > 0 ? 314159 : -314159);
    return;
  }
  // x = mantissa · 2^exp exactly; hash = mantissa · 2^(exp mod 61) mod (2^61 - 1).
  F64[0] = Math.abs(x);
  const hi = U32[1 - LOW]!;
  const lo = U32[LOW]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(bexp === 0 ? hi & 0xfffff : (hi & 0xfffff) | 0x100000) << 32n) | BigInt(lo);
  const exp = (bexp === 0 ? -1074 : bexp - 1075);
  let h = (mant % MODULUS) * (1n << BigInt(((exp % 61) + 61) % 61)) % MODULUS;
  if (x < 0) h = -h;
  setFromBigInt(h === -1n ? -2n : h);
}

// ---------------------------------------------------------------------------------------
// Tuple and frozenset hashes (Objects/tupleobject.c tuplehash, setobject.c frozenset_hash)

const XXPRIME_1_HI = 0x9e3779b1 | 0, XXPRIME_1_LO = 0x85ebca87 | 0;
const XXPRIME_2_HI = 0xc2b2ae3d | 0, XXPRIME_2_LO = 0x27d4eb4f | 0;
const XXPRIME_5_HI = 0x27d4eb2f | 0, XXPRIME_5_LO = 0x165667c5 | 0;

/** tuplehash into R; false when an item needs guest code and `guest` is off. */
export function tupleHash64(items: readonly PyValue[], guest: boolean): boolean {
  let accHi = XXPRIME_5_HI, accLo = XXPRIME_5_LO;
  for (let i = 0; i < items.length; i++) {
    if (!hash64(items[i]!, guest)) return false;
    mul64(R.hi, R.lo, XXPRIME_2_HI, XXPRIME_2_LO);
    add64(accHi, accLo, R.hi, R.lo);
    const rotHi = (R.hi << 31) | (R.lo >>> 1); // rotate left by 31
    const rotLo = (R.lo << 31) | (R.hi >>> 1);
    mul64(rotHi, rotLo, XXPRIME_1_HI, XXPRIME_1_LO);
    accHi = R.hi;
    accLo = R.lo;
  }
  add64(accHi, accLo, XXPRIME_5_HI, (items.length ^ XXPRIME_5_LO ^ 3527539) | 0);
  if (R.hi === -1 && R.lo === -1) {
    R.hi = 0;
    R.lo = 1546275796;
  }
  return true;
}

/** frozenset_hash into R from the elements' hashes (order-independent). */
export function frozensetHash64(keys: readonly PyValue[], guest: boolean): boolean {
  let hHi = 0, hLo = 0;
  for (const key of keys) {
    if (!hash64(key, guest)) return false;
    // _shuffle_bits: ((h ^ 89869747) ^ (h << 16)) * 3644798167
    const xHi = R.hi ^ ((R.hi << 16) | (R.lo >>> 16));
    const xLo = R.lo ^ 89869747 ^ (R.lo << 16);
    mul64(xHi, xLo, 0, 3644798167 | 0);
    hHi ^= R.hi;
    hLo ^= R.lo;
  }
  mul64(0, keys.length + 1, 0, 1927868237);
  hHi ^= R.hi;
  hLo ^= R.lo;
  const s11Hi = hHi >>> 11, s11Lo = (hLo >>> 11) | (hHi << 21);
  const s25Hi = hHi >>> 25, s25Lo = (hLo >>> 25) | (hHi << 7);
  hHi ^= s11Hi ^ s25Hi;
  hLo ^= s11Lo ^ s25Lo;
  mul64(hHi, hLo, 0, 69069);
  add64(R.hi, R.lo, 0, 907133923);
  if (R.hi === -1 && R.lo === -1) {
    R.hi = 0;
    R.lo = 590923713;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// hash() of any value

/**
 * Computes CPython's hash of v into R. With `guest` off, values whose hash would run guest
 * code (a user __hash__) report false instead; NaN, None and identity-hashed objects get a
 * stable stand-in (CPython hashes them by address, so their order is arbitrary there too).
 */
export function hash64(v: PyValue, guest: boolean): boolean {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      intHash64(v);
      return true;
    case 'boolean':
      R.hi = 0;
      R.lo = v ? 1 : 0;
      return true;
    case 'string': {
      const h = stringHash(v);
      R.hi = h < 0 ? -1 : 0;
      R.lo = h;
      return true;
    }
  }
  if (v === null) {
    R.hi = 0;
    R.lo = 0xfca86;
    return true;
  }
  if (v instanceof PyFloat && !v.type.isHeapType) {
    if (Number.isNaN(v.value)) return identity64(v);
    floatHash64(v.value);
    return true;
  }
  return objectHash64(v, guest);
}

function identity64(v: object): true {
  R.hi = 0;
  R.lo = identityHash(v);
  return true;
}

function objectHash64(v: Exclude<PyValue, null | number | bigint | boolean | string>, guest: boolean): boolean {
  const hook = lookupType(typeOf(v), '__hash__');
  if (hook === null || hook === undefined) return typeError(`unhashable type: '${typeName(v)}'`);
  const native = hook instanceof PyMethodDescriptor;
  if (native && v instanceof PyTuple) return tupleHash64(v.items, guest);
  if (native && v instanceof PyFrozenSet) return frozensetHash64(v.table.liveKeys(), guest);
  if (!native && !guest) return false;
  const h = callMethodDescr(hook, v, []);
  if (typeof h === 'boolean') return hash64(h, guest);
  if (typeof h === 'number') intHash64(h);
  else if (typeof h === 'bigint') {
    if (h >= -(1n << 63n) && h < 1n << 63n) setFromBigInt(h === -1n ? -2n : h);
    else intHash64(h);
  } else return typeError('__hash__ method should return an integer');
  return true;
}

/**
 * The number protocols.hash() derives from a 64-bit hash (hi, lo): intHash of the signed value,
 * i.e. sign · (|v| mod 2^61 - 1) rounded once to a double, computed in 32-bit halves.
 */
export function int64TableHash(hi: number, lo: number): number {
  if (hi >= -0x200000 && hi < 0x200000) {
    const v = hi * 4294967296 + (lo >>> 0);
    return v === -1 ? -2 : v;
  }
  const negative = hi < 0;
  let ah = hi >>> 0, al = lo >>> 0;
  if (negative) { // two's complement negation of the 64-bit value
    al = (~al + 1) >>> 0;
    ah = (~ah + (al === 0 ? 1 : 0)) >>> 0;
  }
  // |v| = top·2^61 + rest, and 2^61 ≡ 1 (mod 2^61 - 1).
  let rh = ah & 0x1fffffff;
  let rl = al + (ah >>> 29);
  if (rl > 0xffffffff) {
    rl -= 4294967296;
    rh++;
  }
  if (rh > 0x1fffffff || (rh === 0x1fffffff && rl === 0xffffffff)) { // subtract 2^61 - 1
    rl += 1;
    if (rl > 0xffffffff) {
      rl -= 4294967296;
      rh++;
    }
    rh -= 0x20000000;
  }
  const r = rh * 4294967296 + rl;
  return negative ? -r : r;
}

/** hash(v) as the Python int CPython's hash() returns (64-bit, exact). */
export function exactHash(v: PyValue): PyValue {
  hash64(v, true);
  return int64Value(R.hi, R.lo);
}

/** The hash a set layout files v under: exact when no guest code is needed, else a stand-in. */
function layoutHash(v: PyValue): void {
  if (!hash64(v, false)) identity64(v as object);
}

// ---------------------------------------------------------------------------------------
// The table layout of a CPython set

const LINEAR_PROBES = 9;
const MINSIZE = 8;
/** Marks a deleted slot (CPython's dummy key with hash -1). */
const DUMMY: unique symbol = Symbol('dummy');
type Slot = PyValue | typeof DUMMY | undefined;

/** The slots of a CPython set table: key objects at CPython's positions. */
export class SetLayout {
  mask = MINSIZE - 1;
  fill = 0;
  used = 0;
  /** set.pop()'s search finger. */
  finger = 0;
  slots: Slot[] = new Array<Slot>(MINSIZE);
  hashHi = new Int32Array(MINSIZE);
  hashLo = new Int32Array(MINSIZE);
  /** The OrderedTable version and key count this layout reflects. */
  version = -1;
  length = 0;

  /** set_add_entry for a key known to be absent: goes to the last dummy passed, else the empty slot. */
  insertNew(key: PyValue, hi: number, lo: number): void {
    const mask = this.mask;
    let i = lo & mask;
    let pHi = hi, pLo = lo;
    let freeslot = -1;
    for (;;) {
      let j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const slot = this.slots[j];
        if (slot === undefined) return this.place(freeslot >= 0 ? freeslot : j, key, hi, lo, freeslot < 0);
        if (slot === DUMMY) freeslot = j; // the last dummy on the probe path, as in 3.11
        j++;
      } while (probes--);
      pLo = (pLo >>> 5) | (pHi << 27);
      pHi >>>= 5;
      i = (i * 5 + 1 + (pLo >>> 0)) & mask;
    }
  }

  private place(j: number, key: PyValue, hi: number, lo: number, fresh: boolean): void {
    this.slots[j] = key;
    this.hashHi[j] = hi;
    this.hashLo[j] = lo;
    this.used++;
    if (!fresh) return;
    this.fill++;
    if (this.fill * 5 >= this.mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** set_lookkey by identity of the stored key object: its slot, or -1. */
  find(key: PyValue, hi: number, lo: number): number {
    const mask = this.mask;
    let i = lo & mask;
    let pHi = hi, pLo = lo;
    for (;;) {
      let j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const slot = this.slots[j];
        if (slot === undefined) return -1;
        if (slot === key && this.hashLo[j] === lo && this.hashHi[j] === hi) return j;
        j++;
      } while (probes--);
      pLo = (pLo >>> 5) | (pHi << 27);
      pHi >>>= 5;
      i = (i * 5 + 1 + (pLo >>> 0)) & mask;
    }
  }

  /** Turns slot j into a dummy. */
  clearSlot(j: number): void {
    this.slots[j] = DUMMY;
    this.hashHi[j] = -1;
    this.hashLo[j] = -1;
    this.used--;
  }

  /** set_table_resize: rebuild into the smallest table with more than minused slots. */
  resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    if (size === MINSIZE && this.mask === MINSIZE - 1 && this.fill === this.used) return;
    const { slots, hashHi, hashLo } = this;
    this.slots = new Array<Slot>(size);
    this.hashHi = new Int32Array(size);
    this.hashLo = new Int32Array(size);
    this.mask = size - 1;
    this.fill = this.used;
    for (let j = 0; j < slots.length; j++) {
      const key = slots[j];
      if (key !== undefined && key !== DUMMY) this.insertClean(key, hashHi[j]!, hashLo[j]!);
    }
  }

  /** set_insert_clean: no dummies, key absent, no resize. */
  private insertClean(key: PyValue, hi: number, lo: number): void {
    const mask = this.mask;
    let i = lo & mask;
    let pHi = hi, pLo = lo;
    for (;;) {
      let j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        if (this.slots[j] === undefined) {
          this.slots[j] = key;
          this.hashHi[j] = hi;
          this.hashLo[j] = lo;
          return;
        }
        j++;
      } while (probes--);
      pLo = (pLo >>> 5) | (pHi << 27);
      pHi >>>= 5;
      i = (i * 5 + 1 + (pLo >>> 0)) & mask;
    }
  }

  /** Empties the table (set_clear_internal); the pop finger survives, as in CPython. */
  reset(): void {
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.slots = new Array<Slot>(MINSIZE);
    this.hashHi = new Int32Array(MINSIZE);
    this.hashLo = new Int32Array(MINSIZE);
  }

  /** Takes over another layout's table (set_swap_bodies, the merge copy fast path). */
  adopt(other: SetLayout, copy: boolean): void {
    this.mask = other.mask;
    this.fill = other.fill;
    this.used = other.used;
    this.slots = copy ? other.slots.slice() : other.slots;
    this.hashHi = copy ? other.hashHi.slice() : other.hashHi;
    this.hashLo = copy ? other.hashLo.slice() : other.hashLo;
  }

  /** Live keys in slot order. */
  keys(): PyValue[] {
    const out: PyValue[] = [];
    const slots = this.slots;
    for (let j = 0; j < slots.length; j++) {
      const key = slots[j];
      if (key !== undefined && key !== DUMMY) out.push(key);
    }
    return out;
  }

  /** The next live slot at or after j, or -1. */
  nextSlot(j: number): number {
    const slots = this.slots;
    for (; j < slots.length; j++) {
      const key = slots[j];
      if (key !== undefined && key !== DUMMY) return j;
    }
    return -1;
  }

  /** Inserts a new key, hashing it as the layout files it. */
  add(key: PyValue): void {
    layoutHash(key);
    this.insertNew(key, R.hi, R.lo);
  }
}

// ---------------------------------------------------------------------------------------
// Keeping a set's layout in step with its OrderedTable

export type AnySet = PySet | PyFrozenSet;

const layouts = new WeakMap<OrderedTable, SetLayout>();

/** The layout of s, brought up to date with keys its table gained by plain insertion. */
export function layoutOf(s: AnySet): SetLayout {
  const table = s.table;
  let layout = layouts.get(table);
  if (layout === undefined) {
    layout = new SetLayout();
    layouts.set(table, layout);
    replay(layout, table, 0);
  } else if (layout.version !== table.version) {
    const added = table.keys.length - layout.length;
    if (added > 0 && table.version - layout.version === added) replay(layout, table, layout.length);
    else {
      // Changed behind our back (not through these helpers): rebuild from insertion order.
      layout.reset();
      replay(layout, table, 0);
    }
  }
  commit(layout, table);
  return layout;
}

function replay(layout: SetLayout, table: OrderedTable, from: number): void {
  const keys = table.keys;
  for (let i = from; i < keys.length; i++) if (table.live(i)) layout.add(keys[i] as PyValue);
}

function commit(layout: SetLayout, table: OrderedTable): void {
  layout.version = table.version;
  layout.length = table.keys.length;
}

/** Keys of s in CPython's iteration order. */
export function setKeys(s: AnySet): PyValue[] {
  return layoutOf(s).keys();
}

/** A frozenset holding `keys` added in that order (its layout replays that order). */
export function frozensetOf(keys: readonly PyValue[]): PyFrozenSet {
  const f = new PyFrozenSet();
  for (const key of keys) f.table.set(key, null);
  return f;
}

/** The frozenset constant CPython's compiler makes for a constant set display: built from the
 *  items, then built again from its own iteration order (merge_consts_recursive), which is
 *  the layout `{1, 9, 17}`'s SET_UPDATE then copies. */
export function displayFrozenset(items: readonly PyValue[]): PyFrozenSet {
  return frozensetOf(setKeys(frozensetOf(items)));
}

/** Adds key to s if absent (set_add_key); true when added. */
export function setAdd(s: AnySet, key: PyValue): boolean {
  const table = s.table;
  const size = table.size;
  table.set(key, null);
  return table.size !== size;
}

/** Adds a key to a layout that is kept eagerly in step (bulk algorithms). */
function addEager(s: AnySet, layout: SetLayout, key: PyValue): void {
  const table = s.table;
  const size = table.size;
  table.set(key, null);
  if (table.size !== size) {
    layoutHash(key);
    layout.insertNew(key, R.hi, R.lo);
  }
  commit(layout, table);
}

/** Removes key from s (set_discard_key); true when it was present. */
export function setDiscard(s: AnySet, key: PyValue): boolean {
  const table = s.table;
  const pos = table.find(key);
  if (pos < 0) return false;
  const layout = layoutOf(s);
  const stored = table.keys[pos] as PyValue;
  layoutHash(stored);
  const slot = layout.find(stored, R.hi, R.lo);
  if (slot >= 0) layout.clearSlot(slot);
  table.removeAt(pos);
  commit(layout, table);
  return true;
}

/** set.pop(): the first live slot from the finger; undefined when empty. */
export function setPop(s: AnySet): PyValue | undefined {
  if (s.table.size === 0) return undefined;
  const layout = layoutOf(s);
  let j = layout.finger & layout.mask;
  for (;;) {
    const key = layout.slots[j];
    if (key !== undefined && key !== DUMMY) break;
    j = j + 1 > layout.mask ? 0 : j + 1;
  }
  const key = layout.slots[j] as PyValue;
  layout.clearSlot(j);
  layout.finger = j + 1;
  s.table.delete(key);
  commit(layout, s.table);
  return key;
}

export function setClear(s: AnySet): void {
  const layout = layoutOf(s);
  s.table.clear();
  layout.reset();
  commit(layout, s.table);
}

/** set_merge: adds every key of other, with CPython's presizing and copy fast paths. */
export function setMerge(s: AnySet, other: AnySet): void {
  if (s === other || other.table.size === 0) return;
  const layout = layoutOf(s);
  const from = layoutOf(other);
  if ((layout.fill + from.used) * 5 >= layout.mask * 3) layout.resize((layout.used + from.used) * 2);
  if (layout.fill === 0 && layout.mask === from.mask && from.fill === from.used) {
    layout.adopt(from, true);
    for (const key of from.keys()) s.table.set(key, null);
    commit(layout, s.table);
    return;
  }
  const slots = from.slots;
  for (let j = 0; j < slots.length; j++) {
    const key = slots[j];
    if (key === undefined || key === DUMMY) continue;
    const size = s.table.size;
    s.table.set(key, null);
    if (s.table.size !== size) layout.insertNew(key, from.hashHi[j]!, from.hashLo[j]!);
  }
  commit(layout, s.table);
}

/** set_update_internal's dict path: one presize, then every key in dict order. */
export function setMergeKeys(s: AnySet, keys: readonly PyValue[]): void {
  const layout = layoutOf(s);
  if ((layout.fill + keys.length) * 5 >= layout.mask * 3) layout.resize((layout.used + keys.length) * 2);
  for (const key of keys) addEager(s, layout, key);
}

/** The end of set_difference_update_internal: drop dummies when over a quarter of the table. */
export function setShrinkAfterRemovals(s: AnySet): void {
  const layout = layoutOf(s);
  if (layout.fill - layout.used <= layout.mask / 4) return;
  layout.resize(layout.used > 50000 ? layout.used * 2 : layout.used * 4);
  commit(layout, s.table);
}

/** set_swap_bodies for intersection_update: s takes over tmp's keys and table (not its finger). */
export function setTakeBody(s: AnySet, tmp: AnySet): void {
  const layout = layoutOf(s);
  const source = layoutOf(tmp);
  const table = s.table;
  s.table = tmp.table;
  tmp.table = table;
  layouts.set(s.table, layout);
  layouts.set(tmp.table, source);
  layout.adopt(source, false);
  commit(layout, s.table);
}

/** An iterator over s in layout order that fails like CPython when s changes size. */
export function setIterator(s: AnySet): () => PyValue | undefined {
  let layout = layoutOf(s);
  let pos = 0;
  let used = layout.used;
  return () => {
    if (used < 0) return undefined;
    if (layout.version !== s.table.version) layout = layoutOf(s);
    if (layout.used !== used) {
      used = -1;
      raise('RuntimeError', 'Set changed size during iteration');
    }
    const j = layout.nextSlot(pos);
    if (j < 0) {
      used = -1;
      return undefined;
    }
    pos = j + 1;
    return layout.slots[j] as PyValue;
  };
}

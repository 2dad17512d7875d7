// OrderedTable: the storage behind dict, set and frozenset. Keys keep insertion order in
// parallel arrays (like CPython's compact dict); lookups go through a JS Map keyed by a
// normalized form for keys whose equality is plain value equality (str, int, float, bool,
// None) or identity (objects without __eq__), and through hash buckets compared with Python
// __eq__ for value-hashed keys (tuples, frozensets, instances defining __hash__).
// Equality follows Python: 1 == 1.0 == True share one slot. A small table (at most
// SMALL_TABLE positions) has no Map: it scans its keys, which costs less than building and
// growing a Map for the many small dicts and sets programs make.

import { PyFloat, PyObject, type PyValue } from './values.js';

/** Marks a deleted position in the key array. */
const DELETED: unknown = Symbol('deleted');

/** Positions (live or deleted) a table holds before it indexes its keys with a Map. */
const SMALL_TABLE = 8;

/** Hooks into the object model, installed once by the runtime (avoids an import cycle). */
export interface KeyProtocol {
  /** A Map key for `key`, or undefined when it needs hashing and __eq__. */
  identityKey(key: PyValue): unknown;
  hash(key: PyValue): number;
  equals(a: PyValue, b: PyValue): boolean;
}

let protocol: KeyProtocol;
export function installKeyProtocol(p: KeyProtocol): void {
  protocol = p;
}

/** Normalizes the common key kinds without calling into the object model. */
function fastKey(key: PyValue): unknown {
  switch (typeof key) {
    case 'string':
    case 'number':
    case 'bigint':
      return key;
    case 'boolean':
      return key ? 1 : 0;
  }
  if (key === null) return null;
  if (key instanceof PyFloat && !key.type.isHeapType) return floatKey(key);
  return protocol.identityKey(key);
}

/** The Map key of a float, shared with the int of equal value. */
export function floatKey(f: PyFloat): unknown {
  const v = f.value;
  if (Number.isNaN(v)) return f; // NaN keys compare by identity, as in CPython
  if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
  return v === 0 ? 0 : v;
}

/** The bucket of a hashed key: its hash folded to 32 bits, so Map keys stay small integers
 *  (V8's Map is several times slower on keys that are not Smis). */
function bucketHash(key: PyValue): number {
  return protocol.hash(key) | 0;
}

export class OrderedTable {
  keys: unknown[] = [];
  values: PyValue[] = [];
  size = 0;
  /** Bumped when keys are added or removed (not on value updates): iterators check it. */
  version = 0;
  /** Normalized key -> position; null while the table is small (see scan). */
  private index: Map<unknown, number> | null = null;
  private buckets: Map<number, number[]> | null = null;

  /** Position of key, or -1. */
  find(key: PyValue): number {
    const k = fastKey(key);
    if (k !== undefined) return this.index === null ? this.scan(key, k) : this.index.get(k) ?? -1;
    if (this.buckets === null) return -1;
    const bucket = this.buckets.get(bucketHash(key));
    if (bucket === undefined) return -1;
    for (const pos of bucket) {
      const other = this.keys[pos] as PyValue;
      if (other === key || protocol.equals(other, key)) return pos;
    }
    return -1;
  }

  get(key: PyValue): PyValue | undefined {
    const pos = this.find(key);
    return pos < 0 ? undefined : this.values[pos];
  }

  has(key: PyValue): boolean {
    return this.find(key) >= 0;
  }

  /** Inserts or updates; a new key goes last, an existing key keeps its place (and its key). */
  set(key: PyValue, value: PyValue): void {
    const k = fastKey(key);
    if (k !== undefined) {
      const index = this.index;
      const found = index === null ? this.scan(key, k) : index.get(k) ?? -1;
      if (found >= 0) {
        this.values[found] = value;
        return;
      }
      if (index !== null) index.set(k, this.keys.length);
      else if (this.keys.length >= SMALL_TABLE) this.buildIndex().set(k, this.keys.length);
    } else {
      const hash = bucketHash(key);
      const pos = this.findHashed(key, hash);
      if (pos >= 0) {
        this.values[pos] = value;
        return;
      }
      this.buckets ??= new Map();
      const bucket = this.buckets.get(hash);
      if (bucket) bucket.push(this.keys.length);
      else this.buckets.set(hash, [this.keys.length]);
    }
    this.keys.push(key);
    this.values.push(value);
    this.size++;
    this.version++;
  }

  /** A small table's find for a key with normalized form k: the position of the live key
   *  with the same normalized form, or -1. Stored keys are their own normalized form except
   *  bools, floats and instances of subclasses of str, int and float (which normalize to
   *  their value). */
  private scan(key: PyValue, k: unknown): number {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const other = keys[i];
      if (other === key || other === k) return i;
      if (typeof other === 'boolean' || (other instanceof PyObject && (other instanceof PyFloat || other.type.isHeapType))) {
        if (fastKey(other) === k) return i;
      }
    }
    return -1;
  }

  /** Indexes a growing small table's live keys that have a normalized form. */
  private buildIndex(): Map<unknown, number> {
    const index = new Map<unknown, number>();
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === DELETED) continue;
      const k = fastKey(keys[i] as PyValue);
      if (k !== undefined) index.set(k, i);
    }
    this.index = index;
    return index;
  }

  private findHashed(key: PyValue, hash: number): number {
    const bucket = this.buckets?.get(hash);
    if (bucket === undefined) return -1;
    for (const pos of bucket) {
      const other = this.keys[pos] as PyValue;
      if (other === key || protocol.equals(other, key)) return pos;
    }
    return -1;
  }

  /** Removes key; returns its value, or undefined when absent. */
  delete(key: PyValue): PyValue | undefined {
    const pos = this.find(key);
    if (pos < 0) return undefined;
    const value = this.values[pos]!;
    this.removeAt(pos);
    return value;
  }

  removeAt(pos: number): void {
    const key = this.keys[pos] as PyValue;
    const k = fastKey(key);
    if (k !== undefined) this.index?.delete(k);
    else {
      const hash = bucketHash(key);
      const bucket = this.buckets!.get(hash)!;
      bucket.splice(bucket.indexOf(pos), 1);
      if (bucket.length === 0) this.buckets!.delete(hash);
    }
    this.keys[pos] = DELETED;
    this.values[pos] = null;
    this.size--;
    this.version++;
    if (this.keys.length > 16 && this.size * 2 < this.keys.length) this.compact();
  }

  /** Drops deleted positions and rebuilds the index. */
  private compact(): void {
    const keys = this.keys;
    const values = this.values;
    this.clear();
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== DELETED) this.set(keys[i] as PyValue, values[i]!);
    }
    this.version++;
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.index = null;
    this.buckets = null;
    this.size = 0;
    this.version++;
  }

  /** True when position i holds a live key. */
  live(i: number): boolean {
    return this.keys[i] !== DELETED;
  }

  /** Live positions, in insertion order. */
  *positions(): Generator<number> {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== DELETED) yield i;
  }

  liveKeys(): PyValue[] {
    const out: PyValue[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== DELETED) out.push(this.keys[i] as PyValue);
    return out;
  }

  liveValues(): PyValue[] {
    const out: PyValue[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== DELETED) out.push(this.values[i]!);
    return out;
  }

  /** Position of the last live key, or -1 (dict.popitem). */
  lastPosition(): number {
    for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i] !== DELETED) return i;
    return -1;
  }

  copy(): OrderedTable {
    const t = new OrderedTable();
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== DELETED) t.set(this.keys[i] as PyValue, this.values[i]!);
    return t;
  }
}

// The built-in iterator kinds (CPython's list_iterator, str_iterator, dict_keyiterator, ...):
// each keeps its position in fields and steps in nextValue, so an iteration allocates one
// object. getIter (protocols.ts) picks the kind for a value; both tiers step list, tuple and
// range iterators inline.

import { raise } from './exceptions.js';
import { PyListIterator, PyNativeIterator, PyRange, PyRangeIterator } from './objects.js';
import type { PyType } from './type-object.js';
import { IterTypes } from './types.js';
import { PyTuple, type PyList, type PyValue } from './values.js';

export function nativeIterator(next: () => PyValue | undefined, type: PyType = IterTypes.iterator): PyNativeIterator {
  return new PyNativeIterator(next, type);
}

export function listIterator(list: PyList): PyNativeIterator {
  return new PyListIterator(list, IterTypes.list_iterator);
}

export function arrayIterator(items: PyValue[], type: PyType): PyNativeIterator {
  let i = 0;
  return nativeIterator(() => (i < items.length ? items[i++] : undefined), type);
}

/** iter(str): one code point at a time (a surrogate pair is one character). */
class StrIterator extends PyNativeIterator {
  private index = 0;
  constructor(private readonly text: string) {
    super(null, IterTypes.str_iterator);
  }

  override nextValue(): PyValue | undefined {
    const s = this.text;
    const i = this.index;
    if (i >= s.length) return undefined;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.index = i + 2;
        return s.slice(i, i + 2);
      }
    }
    this.index = i + 1;
    return s[i]!;
  }
}

export function stringIterator(s: string): PyNativeIterator {
  return new StrIterator(s);
}

export function rangeIterator(r: PyRange): PyNativeIterator {
  return new PyRangeIterator(r.start, r.stop, r.step, IterTypes.range_iterator);
}

/** What a dict or set iterator walks: an OrderedTable. */
type IterableTable = { keys: unknown[]; values: PyValue[]; version: number; live(i: number): boolean };

/** Iteration of a dict's keys, values or items (or a set's keys): raises if keys are added or
 *  removed meanwhile; once exhausted it stays exhausted, as CPython's dict iterators do. */
class TableIterator extends PyNativeIterator {
  private index = 0;
  private readonly version: number;
  constructor(private table: IterableTable | null, private readonly kind: 'keys' | 'values' | 'items', type: PyType, private readonly what: string) {
    super(null, type);
    this.version = table!.version;
  }

  override nextValue(): PyValue | undefined {
    const table = this.table;
    if (table === null) return undefined;
    if (table.version !== this.version) raise('RuntimeError', `${this.what} changed size during iteration`);
    const keys = table.keys;
    let i = this.index;
    while (i < keys.length && !table.live(i)) i++;
    if (i >= keys.length) {
      this.table = null;
      return undefined;
    }
    this.index = i + 1;
    if (this.kind === 'keys') return keys[i] as PyValue;
    if (this.kind === 'values') return table.values[i]!;
    return new PyTuple([keys[i] as PyValue, table.values[i]!]);
  }
}

export function tableIterator(table: IterableTable, kind: 'keys' | 'values' | 'items', type: PyType, what = 'dictionary'): PyNativeIterator {
  return new TableIterator(table, kind, type, what);
}

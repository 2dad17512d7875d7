// collections.deque: a double-ended queue on a power-of-two ring buffer, O(1) at both ends,
// with maxlen trimming, CPython's mutation check for iterators ("deque mutated during
// iteration") and its reprs and messages (Modules/_collectionsmodule.c, 3.11). Middle
// operations (insert, del d[i], remove) rebuild the buffer, as CPython's are O(n) too.

import { indexError, raise, typeError, typeName } from '../exceptions.js';
import { NotImplemented, PyNativeIterator, type AttrDict } from '../objects.js';
import { compareSequences } from '../operators.js';
import { callType, eq, getIter, iterNext, lookupType, repr, reprGuarded } from '../protocols.js';
import type { PyType } from '../type-object.js';
import { isSubtype, typeOf } from '../types.js';
import { PyObject, type PyValue } from '../values.js';
import { bindNative, defGetter, defMethods, defStatic } from '../builtins/define.js';
import { clinicArity, iteratorClass, noArgs, oneArg, toSmallInt, type Kw } from './module-util.js';

export class PyDeque extends PyObject {
  buf: PyValue[] = new Array<PyValue>(8).fill(null);
  head = 0;
  length = 0;
  maxlen: number | null = null;
  /** Bumped by every mutation that changes the length; iterators compare it. */
  state = 0;
  attrs: AttrDict | null = null;
  constructor(type: PyType) {
    super();
    this.type = type;
  }
  at(i: number): PyValue {
    return this.buf[(this.head + i) & (this.buf.length - 1)]!;
  }
  setAt(i: number, v: PyValue): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }
  private grow(): void {
    const items = this.toArray();
    this.buf = new Array<PyValue>(this.buf.length * 2).fill(null);
    items.forEach((v, i) => (this.buf[i] = v));
    this.head = 0;
  }
  pushBack(v: PyValue): void {
    if (this.length === this.buf.length) this.grow();
    this.setAt(this.length++, v);
    this.state++;
    if (this.maxlen !== null && this.length > this.maxlen) this.popFront();
  }
  pushFront(v: PyValue): void {
    if (this.length === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.length++;
    this.state++;
    if (this.maxlen !== null && this.length > this.maxlen) this.popBack();
  }
  popBack(): PyValue {
    if (this.length === 0) indexError('pop from an empty deque');
    const v = this.at(--this.length);
    this.setAt(this.length, null);
    this.state++;
    return v;
  }
  popFront(): PyValue {
    if (this.length === 0) indexError('pop from an empty deque');
    const v = this.buf[this.head]!;
    this.buf[this.head] = null;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.length--;
    this.state++;
    return v;
  }
  toArray(): PyValue[] {
    const out = new Array<PyValue>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.at(i);
    return out;
  }
  /** Replaces the contents (no maxlen trimming: callers keep within it). */
  reset(items: PyValue[]): void {
    let cap = 8;
    while (cap < items.length) cap *= 2;
    this.buf = new Array<PyValue>(cap).fill(null);
    items.forEach((v, i) => (this.buf[i] = v));
    this.head = 0;
    this.length = items.length;
    this.state++;
  }
}

function asDeque(v: PyValue): PyDeque {
  return v as PyDeque;
}

/** An int index into the deque (negative from the end), as deque_item checks it. */
function dequeIndex(d: PyDeque, key: PyValue): number {
  if (typeof key !== 'number' && typeof key !== 'bigint' && typeof key !== 'boolean' && (key === null || lookupType(typeOf(key), '__index__') === undefined)) {
    typeError(`sequence index must be integer, not '${typeName(key)}'`);
  }
  let i = toSmallInt(key);
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) indexError('deque index out of range');
  return i;
}

function extend(d: PyDeque, iterable: PyValue, left: boolean): void {
  if (iterable === d) {
    for (const v of d.toArray()) left ? d.pushFront(v) : d.pushBack(v);
    return;
  }
  const it = getIter(iterable);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) left ? d.pushFront(v) : d.pushBack(v);
}

function rotate(d: PyDeque, n: number): void {
  const len = d.length;
  if (len <= 1) return;
  n = ((n % len) + len) % len;
  if (n > len / 2) for (let k = len - n; k > 0; k--) d.pushBack(d.popFront());
  else for (let k = n; k > 0; k--) d.pushFront(d.popBack());
}

function findIndex(d: PyDeque, x: PyValue, start: number, stop: number): number {
  const state = d.state;
  for (let i = start; i < stop; i++) {
    if (eq(d.at(i), x)) return i;
    if (d.state !== state) raise('RuntimeError', 'deque mutated during iteration');
  }
  return -1;
}

function clampIndex(i: number, len: number): number {
  if (i < 0) i = Math.max(0, i + len);
  return Math.min(i, len);
}

/** A new deque of the same class and maxlen holding `items`. */
function sameKind(d: PyDeque, items: PyValue[]): PyDeque {
  const out = new PyDeque(typeOf(d));
  out.maxlen = d.maxlen;
  for (const v of items) out.pushBack(v);
  return out;
}

function repeated(d: PyDeque, count: PyValue): PyValue[] | typeof NotImplemented {
  if (typeof count !== 'number' && typeof count !== 'bigint' && typeof count !== 'boolean' && (count === null || lookupType(typeOf(count), '__index__') === undefined)) {
    if (count !== null && typeOf(count).isHeapType && lookupType(typeOf(count), '__rmul__') !== undefined) return NotImplemented;
    typeError(`can't multiply sequence by non-int of type '${typeName(count)}'`);
  }
  const n = toSmallInt(count);
  const items = d.toArray();
  const out: PyValue[] = [];
  for (let k = 0; k < n; k++) out.push(...items);
  return out;
}

function dequeIterator(d: PyDeque, type: PyType, reverse: boolean): PyNativeIterator {
  const state = d.state;
  let i = 0;
  return new PyNativeIterator(() => {
    if (d.state !== state) raise('RuntimeError', 'deque mutated during iteration');
    if (i >= d.length) return undefined;
    const v = d.at(reverse ? d.length - 1 - i : i);
    i++;
    return v;
  }, type);
}

function dequeInit(self: PyValue, args: PyValue[], kwnames: Kw): PyValue {
  const [iterable, maxlen] = bindNative('deque', args, kwnames, ['iterable', 'maxlen']);
  const d = asDeque(self);
  if (maxlen !== undefined && maxlen !== null) {
    if (typeof maxlen !== 'number' && typeof maxlen !== 'bigint' && typeof maxlen !== 'boolean') typeError('an integer is required');
    const m = toSmallInt(maxlen);
    if (m < 0) raise('ValueError', 'maxlen must be non-negative');
    d.maxlen = m;
  } else {
    d.maxlen = null;
  }
  if (d.length > 0) d.reset([]);
  if (iterable !== undefined) extend(d, iterable, false);
  return null;
}

function dequeRepr(self: PyValue): string {
  const d = asDeque(self);
  return reprGuarded(self, '[...]', () => {
    const list = `[${d.toArray().map((v) => repr(v)).join(', ')}]`;
    const name = typeOf(self).name;
    return d.maxlen === null ? `${name}(${list})` : `${name}(${list}, maxlen=${d.maxlen})`;
  });
}

function defineMutators(cls: PyType): void {
  defMethods(cls, {
    append: (self, args, kw) => (oneArg('deque.append', args, kw), asDeque(self).pushBack(args[0]!), null),
    appendleft: (self, args, kw) => (oneArg('deque.appendleft', args, kw), asDeque(self).pushFront(args[0]!), null),
    pop: (self, args, kw) => (noArgs('deque.pop', args, kw), asDeque(self).popBack()),
    popleft: (self, args, kw) => (noArgs('deque.popleft', args, kw), asDeque(self).popFront()),
    extend: (self, args, kw) => (oneArg('deque.extend', args, kw), extend(asDeque(self), args[0]!, false), null),
    extendleft: (self, args, kw) => (oneArg('deque.extendleft', args, kw), extend(asDeque(self), args[0]!, true), null),
    clear: (self) => (asDeque(self).reset([]), null),
    rotate(self, args, kw) {
      clinicArity('rotate', args, kw, 0, 1);
      rotate(asDeque(self), args.length > 0 ? toSmallInt(args[0]!) : 1);
      return null;
    },
    reverse(self) {
      const d = asDeque(self);
      d.reset(d.toArray().reverse());
      return null;
    },
    insert(self, args, kw) {
      clinicArity('insert', args, kw, 2);
      const d = asDeque(self);
      if (d.maxlen === d.length) indexError('deque already at its maximum size');
      const items = d.toArray();
      items.splice(clampIndex(toSmallInt(args[0]!), items.length), 0, args[1]!);
      d.reset(items);
      return null;
    },
    remove(self, args, kw) {
      oneArg('deque.remove', args, kw);
      const d = asDeque(self);
      const i = findIndex(d, args[0]!, 0, d.length);
      if (i < 0) raise('ValueError', `${repr(args[0]!)} is not in deque`);
      const items = d.toArray();
      items.splice(i, 1);
      d.reset(items);
      return null;
    },
  });
}

function defineQueries(cls: PyType): void {
  defMethods(cls, {
    count(self, args, kw) {
      oneArg('deque.count', args, kw);
      const d = asDeque(self);
      return d.toArray().filter((v) => eq(v, args[0]!)).length;
    },
    index(self, args, kw) {
      clinicArity('index', args, kw, 1, 3);
      const d = asDeque(self);
      const start = args.length > 1 ? clampIndex(toSmallInt(args[1]!), d.length) : 0;
      const stop = args.length > 2 ? clampIndex(toSmallInt(args[2]!), d.length) : d.length;
      const i = findIndex(d, args[0]!, Math.min(start, stop), stop);
      if (i < 0) raise('ValueError', `${repr(args[0]!)} is not in deque`);
      return i;
    },
    copy: (self) => copyDeque(cls, self),
    __copy__: (self) => copyDeque(cls, self),
    __len__: (self) => asDeque(self).length,
    __bool__: (self) => asDeque(self).length > 0,
    __contains__: (self, args) => findIndex(asDeque(self), args[0]!, 0, asDeque(self).length) >= 0,
    __repr__: dequeRepr,
  });
  defGetter(cls, 'maxlen', (self) => asDeque(self).maxlen);
}

function copyDeque(cls: PyType, self: PyValue): PyValue {
  const d = asDeque(self);
  if (typeOf(self) === cls) return sameKind(d, d.toArray());
  return callType(typeOf(self), d.maxlen === null ? [self] : [self, d.maxlen], null);
}

function defineSequence(cls: PyType, iterType: PyType, reverseType: PyType): void {
  defMethods(cls, {
    __getitem__: (self, args) => asDeque(self).at(dequeIndex(asDeque(self), args[0]!)),
    __setitem__(self, args) {
      const d = asDeque(self);
      d.setAt(dequeIndex(d, args[0]!), args[1]!);
      return null;
    },
    __delitem__(self, args) {
      const d = asDeque(self);
      const items = d.toArray();
      items.splice(dequeIndex(d, args[0]!), 1);
      d.reset(items);
      return null;
    },
    __iter__: (self) => dequeIterator(asDeque(self), iterType, false),
    __reversed__: (self) => dequeIterator(asDeque(self), reverseType, true),
    __add__(self, args) {
      const other = args[0]!;
      if (!isSubtype(typeOf(other), cls)) typeError(`can only concatenate deque (not "${typeName(other)}") to deque`);
      return sameKind(asDeque(self), [...asDeque(self).toArray(), ...asDeque(other).toArray()]);
    },
    __iadd__: (self, args) => (extend(asDeque(self), args[0]!, false), self),
    __mul__(self, args) {
      const items = repeated(asDeque(self), args[0]!);
      return items === NotImplemented ? items : sameKind(asDeque(self), items as PyValue[]);
    },
    __rmul__(self, args) {
      const items = repeated(asDeque(self), args[0]!);
      return items === NotImplemented ? items : sameKind(asDeque(self), items as PyValue[]);
    },
    __imul__(self, args) {
      const d = asDeque(self);
      const items = repeated(d, args[0]!);
      if (items === NotImplemented) return items;
      d.reset([]);
      for (const v of items as PyValue[]) d.pushBack(v);
      return self;
    },
  });
}

function defineComparisons(cls: PyType): void {
  const names = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
  names.forEach((name, op) => {
    defMethods(cls, {
      [name]: (self: PyValue, args: PyValue[]) => {
        const other = args[0]!;
        if (!isSubtype(typeOf(other), cls)) return NotImplemented;
        return compareSequences(op, asDeque(self).toArray(), asDeque(other).toArray());
      },
    });
  });
}

export function defineDeque(cls: PyType): void {
  cls.dict.set('__hash__', null);
  defStatic(cls, '__new__', (args) => {
    const d = new PyDeque(args[0] as PyType);
    if ((args[0] as PyType) !== cls) d.attrs = Object.create(null) as AttrDict;
    return d;
  });
  defMethods(cls, { __init__: dequeInit });
  defineMutators(cls);
  defineQueries(cls);
  defineSequence(cls, iteratorClass('_deque_iterator', '_collections'), iteratorClass('_deque_reverse_iterator', '_collections'));
  defineComparisons(cls);
}

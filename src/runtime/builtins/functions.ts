// The built-in functions (https://docs.python.org/3/library/functions.html) that are not
// constructors of a class: print, len, iteration helpers, reflection, min/max/sum/sorted.
// Numeric helpers (abs, round, divmod, pow, bin/oct/hex) live with the number types.

import { newException, raise, typeError, typeName } from '../exceptions.js';
import {
  PyBuiltinFunction, PyDict, PyFunction, PyGenerator, PyMethodDescriptor, PyModule, PyNativeIterator,
  type FixedNative, type NativeFn,
} from '../objects.js';
import { compareOp } from '../operators.js';
import {
  asArray, attrsOf, call, callMethodDescr, delAttr, getAttr, getAttrOpt, getIter, hash, identityHash, iterNext, len, lookupType,
  nativeIterator, repr, setAttr, str, strLength, toArray, truthy,
} from '../protocols.js';
import { asciiRepr } from '../ops.js';
import { formatValueWithSpec } from '../format.js';
import { realm } from '../realm.js';
import { PyType } from '../type-object.js';
import { E, IterTypes, T, isSubtype, typeOf } from '../types.js';
import { PyFloat, PyList, PyTuple, type PyValue } from '../values.js';
import { binaryOp } from '../operators.js';
import { arity, bindNative, fixedFunction, splitKeywords, withFixedFn } from './define.js';
import { buildClass, dirOf } from './core-types.js';
import { exactHash } from './set-order.js';
import { sortList } from './sequences.js';

// --- output

const PRINT_KEYWORDS = ['sep', 'end', 'file', 'flush'];

function print(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const bad = kwnames?.find((k) => !PRINT_KEYWORDS.includes(k));
  if (bad !== undefined) typeError(`'${bad}' is an invalid keyword argument for print()`);
  const { positional, named } = splitKeywords('print', args, kwnames, PRINT_KEYWORDS);
  const sepArg = named.get('sep') ?? null;
  const endArg = named.get('end') ?? null;
  if (sepArg !== null && typeof sepArg !== 'string') typeError(`sep must be None or a string, not ${typeName(sepArg)}`);
  if (endArg !== null && typeof endArg !== 'string') typeError(`end must be None or a string, not ${typeName(endArg)}`);
  const sep = sepArg ?? ' ';
  const end = endArg ?? '\n';
  let text = '';
  for (let i = 0; i < positional.length; i++) {
    if (i > 0) text += sep;
    text += str(positional[i]!);
  }
  text += end;
  const file = named.get('file') ?? sysStdout();
  if (file === null) realm.stdout.write(text);
  else call(getAttr(file, 'write'), [text]);
  if (named.get('flush') === true && file !== null) {
    const flush = getAttrOpt(file, 'flush');
    if (flush !== undefined) call(flush, []);
  }
  return null;
}

/** sys.stdout when a program replaced it, else null (print's fast path to the realm). */
function sysStdout(): PyValue {
  const sys = realm.modules.get('sys');
  const current = sys?.dict.getStr('stdout');
  if (current === undefined || current === sys?.dict.getStr('__stdout__')) return null;
  return current;
}

// --- reflection

function isinstanceCheck(obj: PyValue, spec: PyValue, fname: string): boolean {
  if (spec instanceof PyType) return isSubtype(typeOf(obj), spec);
  if (!(spec instanceof PyTuple)) typeError(`${fname}() arg 2 must be a type, a tuple of types, or a union`);
  for (const s of spec.items) if (isinstanceCheck(obj, s, fname)) return true;
  return false;
}

function issubclassCheck(cls: PyValue, spec: PyValue): boolean {
  if (!(cls instanceof PyType)) typeError('issubclass() arg 1 must be a class');
  if (spec instanceof PyTuple) return spec.items.some((s) => issubclassCheck(cls, s));
  if (!(spec instanceof PyType)) typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return isSubtype(cls, spec);
}

function getattrBuiltin(obj: PyValue | undefined, name: PyValue | undefined, dflt: PyValue | undefined): PyValue {
  if (typeof name !== 'string') typeError(`attribute name must be string, not '${typeName(name ?? null)}'`);
  if (dflt !== undefined) {
    try {
      const v = getAttrOpt(obj!, name);
      return v === undefined ? dflt : v;
    } catch (e) {
      if (e instanceof Object && isSubtype((e as { type: PyType }).type, E['AttributeError']!)) return dflt;
      throw e;
    }
  }
  return getAttr(obj!, name);
}

function callable(v: PyValue): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyType || v instanceof PyMethodDescriptor) return true;
  return lookupType(typeOf(v), '__call__') !== undefined;
}

// --- iteration helpers

function iterBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  arity('iter', args, kwnames, 1, 2);
  if (args.length === 1) return getIter(args[0]!);
  const [fn, sentinel] = args as [PyValue, PyValue];
  let done = false;
  return nativeIterator(() => {
    if (done) return undefined;
    const v = call(fn, []);
    if (v === sentinel || (typeof v !== 'object' && v === sentinel)) {
      done = true;
      return undefined;
    }
    return v;
  }, IterTypes.callable_iterator);
}

function nextBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  arity('next', args, kwnames, 1, 2);
  const it = args[0]!;
  if (!(it instanceof PyNativeIterator) && lookupType(typeOf(it), '__next__') === undefined && !(typeOf(it) === T.generator)) {
    typeError(`'${typeName(it)}' object is not an iterator`);
  }
  if (it instanceof PyGenerator) {
    const r = realm.invoker.resumeGenerator(it, 'send', null);
    if (!r.done) return r.value;
    if (args.length === 2) return args[1]!;
    throw r.value === null ? newException(E['StopIteration']!) : newException(E['StopIteration']!, r.value);
  }
  if (it instanceof PyNativeIterator) {
    const v = iterNext(it);
    if (v !== undefined) return v;
    if (args.length === 2) return args[1]!;
    throw newException(E['StopIteration']!);
  }
  if (args.length === 1) return callMethodDescr(lookupType(typeOf(it), '__next__')!, it, []);
  const v = iterNext(it);
  return v === undefined ? args[1]! : v;
}

/** enumerate(iterable, start): (count, item) pairs. */
class EnumerateIterator extends PyNativeIterator {
  constructor(private readonly it: PyValue, private count: PyValue) {
    super(null, IterTypes.enumerate);
  }

  override nextValue(): PyValue | undefined {
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    const i = this.count;
    this.count = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : binaryOp(0, i, 1);
    return new PyTuple([i, v]);
  }
}

const enumerateBuiltin = withFixedFn((args, kwnames) => {
  if (args.length === 0) typeError("enumerate() missing required argument 'iterable'");
  const [iterable, start] = bindNative('enumerate', args, kwnames, ['iterable', 'start'], 1);
  return new EnumerateIterator(getIter(iterable!), start ?? 0);
}, 1, 2, (iterable, start) => new EnumerateIterator(getIter(iterable!), start ?? 0));

/** zip(*iterables, strict=False): tuples of the iterators' next items. */
class ZipIterator extends PyNativeIterator {
  private done: boolean;
  constructor(private readonly its: PyValue[], private readonly strict: boolean) {
    super(null, IterTypes.zip);
    this.done = its.length === 0;
  }

  override nextValue(): PyValue | undefined {
    if (this.done) return undefined;
    const its = this.its;
    const items: PyValue[] = [];
    for (let k = 0; k < its.length; k++) {
      const v = iterNext(its[k]!);
      if (v === undefined) {
        this.done = true;
        if (this.strict) zipStrictCheck(its, k);
        return undefined;
      }
      items.push(v);
    }
    return new PyTuple(items);
  }
}

/** zip(a), zip(a, b), zip(a, b, c) without keywords: no keyword parsing. */
const zipFixed: FixedNative = (a, b, c) =>
  new ZipIterator(a === undefined ? [] : b === undefined ? [getIter(a)] : c === undefined ? [getIter(a), getIter(b)] : [getIter(a), getIter(b), getIter(c)], false);

const zipBuiltin = withFixedFn((args, kwnames) => {
  const { positional, named } = splitKeywords('zip', args, kwnames, ['strict']);
  return new ZipIterator(positional.map((a) => getIter(a)), truthy(named.get('strict') ?? false));
}, 0, 3, zipFixed);

function zipStrictCheck(its: PyValue[], k: number): void {
  if (k > 0) raise('ValueError', `zip() argument ${k + 1} is shorter than argument${k > 1 ? 's 1-' + k : ' 1'}`);
  for (let j = 1; j < its.length; j++) {
    if (iterNext(its[j]!) !== undefined) raise('ValueError', `zip() argument ${j + 1} is longer than argument${j > 1 ? 's 1-' + j : ' 1'}`);
  }
}

function mapBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (args.length < 2) typeError('map() must have at least two arguments.');
  const fn = args[0]!;
  const its = args.slice(1).map(getIter);
  return nativeIterator(() => {
    const vals: PyValue[] = [];
    for (const it of its) {
      const v = iterNext(it);
      if (v === undefined) return undefined;
      vals.push(v);
    }
    return call(fn, vals);
  }, IterTypes.map);
}

function filterBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  arity('filter', args, kwnames, 2);
  const fn = args[0]!;
  const it = getIter(args[1]!);
  return nativeIterator(() => {
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) return undefined;
      if (fn === null ? truthy(v) : truthy(call(fn, [v]))) return v;
    }
  }, IterTypes.filter);
}

function reversedBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  arity('reversed', args, kwnames, 1);
  const seq = args[0]!;
  const hook = lookupType(typeOf(seq), '__reversed__');
  if (hook !== undefined) return callMethodDescr(hook, seq, []);
  if (seq instanceof PyList || seq instanceof PyTuple || typeof seq === 'string') {
    const items = seq instanceof PyList || seq instanceof PyTuple ? seq.items : Array.from(seq);
    let i = items.length - 1;
    const live = seq instanceof PyList;
    return nativeIterator(() => {
      if (live && i >= (seq as PyList).items.length) i = -1;
      return i >= 0 ? (seq instanceof PyList ? seq.items : items)[i--] : undefined;
    }, seq instanceof PyList ? IterTypes.list_reverseiterator : IterTypes.reversed);
  }
  if (lookupType(typeOf(seq), '__len__') !== undefined && lookupType(typeOf(seq), '__getitem__') !== undefined) {
    let i = len(seq) - 1;
    return nativeIterator(() => (i >= 0 ? callMethodDescr(lookupType(typeOf(seq), '__getitem__')!, seq, [i--]) : undefined), IterTypes.reversed);
  }
  return typeError(`'${typeName(seq)}' object is not reversible`);
}

// --- reductions

function anyAll(name: string, want: boolean): NativeFn {
  return fixedFunction(name, 1, 1, (iterable) => {
    const it = getIter(iterable!);
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (truthy(v) === want) return want;
    return !want;
  });
}

const sumBuiltin = withFixedFn((args, kwnames) => {
  if (args.length === (kwnames?.length ?? 0)) typeError('sum() takes at least 1 positional argument (0 given)');
  const [iterable, startArg] = bindNative('sum', args, kwnames, ['iterable', 'start'], 1);
  return sumOf(iterable!, startArg);
}, 1, 2, (iterable, start) => sumOf(iterable!, start));

function sumOf(iterable: PyValue, startArg: PyValue | undefined): PyValue {
  let total: PyValue = startArg ?? 0;
  if (typeof total === 'string') typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const it = getIter(iterable);
  // While the total is an exact float, it is kept as a JS double and exact floats and small
  // ints are added to it directly, as CPython 3.11's sum does (plain, not compensated).
  let floating = isExactFloat(total);
  let fsum = floating ? (total as PyFloat).value : 0;
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
    if (floating) {
      if (isExactFloat(v)) {
        fsum += v.value;
        continue;
      }
      if (typeof v === 'number') {
        fsum += v;
        continue;
      }
      total = new PyFloat(fsum);
      floating = false;
    }
    if (typeof total === 'number' && typeof v === 'number') {
      const r: number = total + v;
      total = Number.isSafeInteger(r) ? r : binaryOp(0, total, v);
    } else {
      total = binaryOp(0, total, v);
      if (isExactFloat(total)) {
        floating = true;
        fsum = total.value;
      }
    }
  }
  return floating ? new PyFloat(fsum) : total;
}

function isExactFloat(v: PyValue): v is PyFloat {
  return v instanceof PyFloat && v.type === T.float;
}

function minMax(name: 'min' | 'max'): NativeFn {
  const op = name === 'min' ? 0 : 4; // '<' or '>'
  const pick = (items: readonly PyValue[], key: PyValue): PyValue => {
    let best = items[0]!;
    let bestKey = key === null ? best : call(key, [best]);
    for (let i = 1; i < items.length; i++) {
      const k = key === null ? items[i]! : call(key, [items[i]!]);
      if (truthy(compareOp(op, k, bestKey))) {
        best = items[i]!;
        bestKey = k;
      }
    }
    return best;
  };
  // min(iterable) and min(a, b) without keywords: no argument array, no keyword parsing.
  const fixed: FixedNative = (a, b) => {
    if (b !== undefined) return truthy(compareOp(op, b, a!)) ? b : a!;
    const items = asArray(a!);
    if (items.length === 0) raise('ValueError', `${name}() arg is an empty sequence`);
    return pick(items, null);
  };
  return withFixedFn((args, kwnames) => {
    const { positional, named } = splitKeywords(name, args, kwnames, ['key', 'default']);
    if (positional.length === 0) typeError(`${name} expected at least 1 argument, got 0`);
    const key = named.get('key') ?? null;
    const hasDefault = named.has('default');
    if (positional.length > 1 && hasDefault) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    const items = positional.length === 1 ? toArray(positional[0]!) : positional;
    if (items.length === 0) {
      if (hasDefault) return named.get('default')!;
      raise('ValueError', `${name}() arg is an empty sequence`);
    }
    return pick(items, key);
  }, 1, 2, fixed);
}

/** sorted(): a new list sorted by list.sort's algorithm (stable, '<' only). */
function sortedBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const { positional, named } = splitKeywords('sorted', args, kwnames, ['key', 'reverse']);
  if (positional.length !== 1) typeError(`sorted expected 1 argument, got ${positional.length}`);
  const list = new PyList(toArray(positional[0]!));
  sortList(list, named.get('key') ?? null, truthy(named.get('reverse') ?? false));
  return list;
}

// --- characters

function chrBuiltin(c: PyValue | undefined): PyValue {
  if (typeof c !== 'number' && typeof c !== 'boolean') {
    if (typeof c === 'bigint') raise('OverflowError', 'Python int too large to convert to C int');
    typeError(`'${typeName(c ?? null)}' object cannot be interpreted as an integer`);
  }
  const n = Number(c);
  if (n < 0 || n > 0x10ffff) raise('ValueError', 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(n);
}

function ordBuiltin(s: PyValue | undefined): PyValue {
  if (typeof s === 'string') {
    const c = s.codePointAt(0);
    if (c !== undefined && s.length === (c > 0xffff ? 2 : 1)) return c;
    typeError(`ord() expected a character, but string of length ${strLength(s)} found`);
  }
  const bytesData = (s as { data?: Uint8Array } | null)?.data;
  if (bytesData instanceof Uint8Array) {
    if (bytesData.length !== 1) typeError(`ord() expected a character, but string of length ${bytesData.length} found`);
    return bytesData[0]!;
  }
  return typeError(`ord() expected string of length 1, but ${typeName(s ?? null)} found`);
}

// --- namespaces

function varsBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  arity('vars', args, kwnames, 1);
  const o = args[0]!;
  if (o instanceof PyModule) return o.dict;
  if (o instanceof PyType) return getAttr(o, '__dict__');
  if (attrsOf(o) === undefined || attrsOf(o) === null) typeError('vars() argument must have __dict__ attribute');
  return getAttr(o, '__dict__');
}

function dirBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  arity('dir', args, kwnames, 0, 1);
  if (args.length === 0) return new PyList(realm.invoker.localNames().sort());
  const hook = lookupType(typeOf(args[0]!), '__dir__');
  if (hook !== undefined && !(hook instanceof PyMethodDescriptor)) {
    return new PyList(toArray(callMethodDescr(hook, args[0]!, [])).sort());
  }
  return new PyList(dirOf(args[0]!));
}

function inputBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  arity('input', args, kwnames, 0, 1);
  if (args.length === 1) realm.stdout.write(str(args[0]!));
  realm.stdout.flush?.();
  const line = realm.readLine?.();
  if (line === undefined || line === null) throw newException(E['EOFError']!, 'EOF when reading a line');
  return line;
}

/** Installs every function above into a builtins namespace. */
export function installBuiltinFunctions(ns: PyDict): void {
  const fns: Record<string, NativeFn> = {
    print,
    len: fixedFunction('len', 1, 1, (v) => len(v!)),
    repr: fixedFunction('repr', 1, 1, (v) => repr(v!)),
    ascii: fixedFunction('ascii', 1, 1, (v) => asciiRepr(v!)),
    format: fixedFunction('format', 1, 2, (v, spec) => {
      if (spec !== undefined && typeof spec !== 'string') typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
      return formatValueWithSpec(v!, spec ?? '');
    }),
    isinstance: fixedFunction('isinstance', 2, 2, (v, spec) => isinstanceCheck(v!, spec!, 'isinstance')),
    issubclass: fixedFunction('issubclass', 2, 2, (cls, spec) => issubclassCheck(cls!, spec!)),
    getattr: fixedFunction('getattr', 2, 3, getattrBuiltin),
    setattr: fixedFunction('setattr', 3, 3, (obj, name, v) => (setAttr(obj!, attrName(name!), v!), null)),
    delattr: fixedFunction('delattr', 2, 2, (obj, name) => (delAttr(obj!, attrName(name!)), null)),
    hasattr: fixedFunction('hasattr', 2, 2, (obj, name) => hasattr(obj!, attrName(name!))),
    callable: fixedFunction('callable', 1, 1, (v) => callable(v!)),
    id: fixedFunction('id', 1, 1, (v) => idOf(v!)),
    hash: fixedFunction('hash', 1, 1, (v) => exactHash(v!)),
    chr: fixedFunction('chr', 1, 1, chrBuiltin),
    ord: fixedFunction('ord', 1, 1, ordBuiltin),
    iter: iterBuiltin,
    next: nextBuiltin,
    enumerate: enumerateBuiltin,
    zip: zipBuiltin,
    map: mapBuiltin,
    filter: filterBuiltin,
    reversed: reversedBuiltin,
    any: anyAll('any', true),
    all: anyAll('all', false),
    sum: sumBuiltin,
    min: minMax('min'),
    max: minMax('max'),
    sorted: sortedBuiltin,
    vars: varsBuiltin,
    dir: dirBuiltin,
    input: inputBuiltin,
    __build_class__: buildClass,
    __import__: (args) => {
      if (typeof args[0] !== 'string') typeError('__import__() argument 1 must be str');
      return realm.importHook!(args[0]);
    },
  };
  for (const [name, fn] of Object.entries(fns)) ns.set(name, new PyBuiltinFunction(name, fn));
}

function attrName(v: PyValue): string {
  if (typeof v !== 'string') typeError(`attribute name must be string, not '${typeName(v)}'`);
  return v;
}

function hasattr(obj: PyValue, name: string): boolean {
  try {
    return getAttrOpt(obj, name) !== undefined;
  } catch (e) {
    if (e instanceof Object && isSubtype((e as { type: PyType }).type, E['AttributeError']!)) return false;
    throw e;
  }
}

function idOf(v: PyValue): PyValue {
  if (v !== null && typeof v === 'object') return 140000000000000 + identityHash(v) * 16;
  return 9000000000000 + (hash(v) & 0xffffff) * 16;
}


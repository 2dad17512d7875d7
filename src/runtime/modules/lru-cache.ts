// functools.lru_cache and functools.cache (Modules/_functoolsmodule.c, 3.11): the
// _lru_cache_wrapper class, its key construction (a lone str/int argument is its own key, so
// f(1) and f(1.0) are cached apart as in CPython), the cache table plus a recency list, and
// cache_info() as the CacheInfo named tuple.

import { typeError } from '../exceptions.js';
import { OrderedTable } from '../hash-table.js';
import { PyBoundMethod, PyBuiltinFunction, PyDict, PyInstance, newAttrDict, type AttrDict } from '../objects.js';
import { call, hash } from '../protocols.js';
import type { PyType } from '../type-object.js';
import { T, typeOf } from '../types.js';
import { PyObject, PyTuple, type PyValue } from '../values.js';
import { bindNative, defGetter, defMethods } from '../builtins/define.js';
import { isCallable, nativeClass, toSmallInt, type Kw } from './module-util.js';
import { makeNamedTuple, typedTuple } from './namedtuple.js';

/** An entry of a bounded cache: the cached result in a recency list (oldest first). */
class LruNode extends PyObject {
  prev: LruNode | null = null;
  next: LruNode | null = null;
  constructor(readonly key: PyValue, readonly result: PyValue) {
    super();
  }
}

export class PyLruWrapper extends PyObject {
  attrs: AttrDict = newAttrDict();
  /** key -> result (unbounded) or key -> LruNode (bounded). */
  readonly cache = new OrderedTable();
  oldest: LruNode | null = null;
  newest: LruNode | null = null;
  hits = 0;
  misses = 0;
  constructor(type: PyType, readonly func: PyValue, readonly maxsize: number | null, readonly typed: boolean) {
    super();
    this.type = type;
  }
  unlink(node: LruNode): void {
    if (node.prev === null) this.oldest = node.next;
    else node.prev.next = node.next;
    if (node.next === null) this.newest = node.prev;
    else node.next.prev = node.prev;
    node.prev = node.next = null;
  }
  append(node: LruNode): void {
    node.prev = this.newest;
    if (this.newest === null) this.oldest = node;
    else this.newest.next = node;
    this.newest = node;
  }
  clear(): void {
    this.cache.clear();
    this.oldest = this.newest = null;
  }
}

/** Separates positional from keyword arguments in a cache key (CPython's kwd_mark). */
const KWD_MARK = new PyInstance(T.object);

function makeKey(args: PyValue[], kwnames: Kw, typed: boolean): PyValue {
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  if (!typed && nkw === 0) {
    const only = pos[0];
    if (pos.length === 1 && (typeof only === 'string' || typeof only === 'number' || typeof only === 'bigint')) return only;
    return new PyTuple(pos);
  }
  const items = pos.slice();
  if (nkw > 0) {
    items.push(KWD_MARK);
    kwnames!.forEach((k, i) => items.push(k, args[pos.length + i]!));
  }
  if (typed) items.push(...args.map((a) => typeOf(a)));
  return new PyTuple(items);
}

function cachedCall(w: PyLruWrapper, args: PyValue[], kwnames: Kw): PyValue {
  if (w.maxsize === 0) {
    w.misses++;
    return call(w.func, args, kwnames);
  }
  const key = makeKey(args, kwnames, w.typed);
  if (key instanceof PyTuple) hash(key); // unhashable arguments fail before the call, as in CPython
  return w.maxsize === null ? unboundedCall(w, key, args, kwnames) : boundedCall(w, key, args, kwnames);
}

function unboundedCall(w: PyLruWrapper, key: PyValue, args: PyValue[], kwnames: Kw): PyValue {
  const hit = w.cache.get(key);
  if (hit !== undefined) {
    w.hits++;
    return hit;
  }
  w.misses++;
  const result = call(w.func, args, kwnames);
  w.cache.set(key, result);
  return result;
}

/** bounded_lru_cache_wrapper: hits move to the newest end, misses evict the oldest entry. */
function boundedCall(w: PyLruWrapper, key: PyValue, args: PyValue[], kwnames: Kw): PyValue {
  const hit = w.cache.get(key) as LruNode | undefined;
  if (hit !== undefined) {
    w.hits++;
    w.unlink(hit);
    w.append(hit);
    return hit.result;
  }
  w.misses++;
  const result = call(w.func, args, kwnames);
  if (w.cache.has(key)) return result; // a recursive call cached it meanwhile
  if (w.cache.size >= w.maxsize! && w.oldest !== null) {
    const old = w.oldest;
    w.unlink(old);
    w.cache.delete(old.key);
  }
  const node = new LruNode(key, result);
  w.cache.set(key, node);
  w.append(node);
  return result;
}

export interface LruTypes {
  wrapper: PyType;
  cacheInfo: PyType;
}

export function defineLruTypes(): LruTypes {
  const wrapper = nativeClass('_lru_cache_wrapper', 'functools');
  const cacheInfo = makeNamedTuple({ typename: 'CacheInfo', fields: ['hits', 'misses', 'maxsize', 'currsize'], defaults: [], module: 'functools' });
  const self = (o: PyValue): PyLruWrapper => o as PyLruWrapper;
  defMethods(wrapper, {
    __call__: (o, args, kwnames) => cachedCall(self(o), args, kwnames),
    __get__: (o, args) => (args[0] === null || args[0] === undefined ? o : new PyBoundMethod(o, args[0])),
    cache_info: (o) => typedTuple(cacheInfo, [self(o).hits, self(o).misses, self(o).maxsize, self(o).cache.size]),
    cache_clear(o) {
      self(o).clear();
      self(o).hits = 0;
      self(o).misses = 0;
      return null;
    },
    cache_parameters(o) {
      const d = new PyDict();
      d.set('maxsize', self(o).maxsize);
      d.set('typed', self(o).typed);
      return d;
    },
    __copy__: (o) => o,
    __deepcopy__: (o) => o,
  });
  defGetter(wrapper, '__doc__', (o) => self(o).attrs['__doc__'] ?? null, (o, v) => {
    self(o).attrs['__doc__'] = v;
  });
  return { wrapper, cacheInfo };
}

/** lru_cache(maxsize=128, typed=False), also usable bare as @lru_cache. */
export function lruCacheFunction(types: LruTypes, wrap: (wrapper: PyValue, wrapped: PyValue) => PyValue) {
  return (args: PyValue[], kwnames: Kw): PyValue => {
    const [maxsizeArg, typedArg] = bindNative('lru_cache', args, kwnames, ['maxsize', 'typed']);
    const typed = typedArg === true || (typedArg !== undefined && typedArg !== null && typedArg !== false && typedArg !== 0);
    let maxsize: number | null = 128;
    if (maxsizeArg !== undefined && (typeof maxsizeArg === 'number' || typeof maxsizeArg === 'bigint' || typeof maxsizeArg === 'boolean')) {
      maxsize = Math.max(0, typeof maxsizeArg === 'bigint' ? Number.MAX_SAFE_INTEGER : toSmallInt(maxsizeArg));
    } else if (maxsizeArg !== undefined && maxsizeArg !== null && isCallable(maxsizeArg)) {
      return wrap(new PyLruWrapper(types.wrapper, maxsizeArg, 128, typed), maxsizeArg);
    } else if (maxsizeArg === null) {
      maxsize = null;
    } else if (maxsizeArg !== undefined) {
      typeError('Expected first argument to be an integer, a callable, or None');
    }
    return new PyBuiltinFunction('decorating_function', (fargs, fkw) => {
      const [func] = bindNative('decorating_function', fargs, fkw, ['user_function'], 1);
      return wrap(new PyLruWrapper(types.wrapper, func!, maxsize, typed), func!);
    });
  };
}

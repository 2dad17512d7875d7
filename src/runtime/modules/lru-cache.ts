// functools.lru_cache and functools.cache (Modules/_functoolsmodule.c, 3.11): the
// _lru_cache_wrapper class, its key construction (a lone str/int argument is its own key, so
// f(1) and f(1.0) are cached apart as in CPython), LRU order on an OrderedTable, and
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

export class PyLruWrapper extends PyObject {
  attrs: AttrDict = newAttrDict();
  readonly cache = new OrderedTable();
  hits = 0;
  misses = 0;
  constructor(type: PyType, readonly func: PyValue, readonly maxsize: number | null, readonly typed: boolean) {
    super();
    this.type = type;
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
  const hit = w.cache.get(key);
  if (hit !== undefined) {
    w.hits++;
    if (w.maxsize !== null) {
      w.cache.delete(key);
      w.cache.set(key, hit);
    }
    return hit;
  }
  w.misses++;
  const result = call(w.func, args, kwnames);
  if (w.maxsize !== null) {
    if (w.cache.has(key)) return result;
    if (w.cache.size >= w.maxsize) w.cache.removeAt(w.cache.positions().next().value as number);
  }
  w.cache.set(key, result);
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
      self(o).cache.clear();
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

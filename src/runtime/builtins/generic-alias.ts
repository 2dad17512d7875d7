// types.GenericAlias (PEP 585): what `list[int]`, `dict[str, int]` or `collections.deque[int]`
// evaluate to, through the built-in classes' __class_getitem__; mostly met in annotations.
// It prints as CPython's ga_repr does, calls its origin, compares by origin and arguments, and
// exposes __origin__, __args__ and __parameters__. Typing machinery beyond that is not here.

import { NotImplemented, PyBuiltinFunction, PyClassMethod } from '../objects.js';
import { call, eq, hash, repr } from '../protocols.js';
import { PyType } from '../type-object.js';
import { T, newClass } from '../types.js';
import { Ellipsis, PyObject, PyTuple, type PyValue } from '../values.js';
import { defGetter, defMethods } from './define.js';

const GENERIC_ALIAS = newClass('GenericAlias', [T.object])!;
GENERIC_ALIAS.module = GENERIC_ALIAS.nativeModule = 'types';
GENERIC_ALIAS.isHeapType = false;
GENERIC_ALIAS.base = GENERIC_ALIAS;

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyValue, readonly args: PyTuple) {
    super();
    this.type = GENERIC_ALIAS;
  }
}

/** How ga_repr shows a class or an argument: module-qualified unless a builtin. */
function aliasItemRepr(v: PyValue): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyType) return v.module === 'builtins' ? v.qualname : `${v.module}.${v.qualname}`;
  return repr(v);
}

function asAlias(v: PyValue): PyGenericAlias {
  return v as PyGenericAlias;
}

function defineGenericAlias(): void {
  defMethods(GENERIC_ALIAS, {
    __repr__(self) {
      const { origin, args } = asAlias(self);
      const inner = args.items.length === 0 ? '()' : args.items.map(aliasItemRepr).join(', ');
      return `${aliasItemRepr(origin)}[${inner}]`;
    },
    __call__: (self, args, kwnames) => call(asAlias(self).origin, args, kwnames),
    __eq__(self, args) {
      const other = args[0]!;
      if (!(other instanceof PyGenericAlias)) return NotImplemented;
      return eq(asAlias(self).origin, other.origin) && eq(asAlias(self).args, other.args);
    },
    __hash__: (self) => hash(asAlias(self).origin) ^ hash(asAlias(self).args),
  });
  defGetter(GENERIC_ALIAS, '__origin__', (self) => asAlias(self).origin);
  defGetter(GENERIC_ALIAS, '__args__', (self) => asAlias(self).args);
  defGetter(GENERIC_ALIAS, '__parameters__', () => new PyTuple([]));
}

/** cls.__class_getitem__(key): `cls[key]` as a GenericAlias of cls, a tuple key giving the
 *  arguments. Installed on the built-in generic classes (and inherited by subclasses). */
export function defClassGetItem(cls: PyType): void {
  const fn = new PyBuiltinFunction('__class_getitem__', (args) => aliasOf(args[0]!, args[1]!));
  cls.dict.set('__class_getitem__', new PyClassMethod(fn));
}

/** origin[key]: a tuple key gives the arguments. */
function aliasOf(origin: PyValue, key: PyValue): PyGenericAlias {
  return new PyGenericAlias(origin, key instanceof PyTuple ? key : new PyTuple([key]));
}

/** `type[key]`: type itself is subscriptable without lending __class_getitem__ to every class. */
export function typeGetItem(key: PyValue): PyGenericAlias {
  return aliasOf(T.type, key);
}

export function defineGenericAliases(): void {
  defineGenericAlias();
  for (const cls of [T.list, T.tuple, T.dict, T.set, T.frozenset]) defClassGetItem(cls);
}

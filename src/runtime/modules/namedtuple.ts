// collections.namedtuple (Lib/collections/__init__.py, 3.11): builds a real tuple subclass
// whose instances are PyTuple objects typed with the new class, with read-only field
// descriptors, _fields/_field_defaults, _make/_replace/_asdict and CPython's argument errors.
// Also used by functools (CacheInfo) and time (struct_time-like results).

import { raise, typeError } from '../exceptions.js';
import { PyClassMethod, PyBuiltinFunction, PyDict, PyStaticMethod } from '../objects.js';
import { repr, str, toArray } from '../protocols.js';
import type { PyType } from '../type-object.js';
import { T, isSubtype, typeOf } from '../types.js';
import { PyTuple, type PyValue } from '../values.js';
import { defGetter, defMethod } from '../builtins/define.js';
import { heapClass, nameList, splitArgs, type Kw } from './module-util.js';

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** str.isidentifier(), approximating XID_Start/XID_Continue with Unicode property classes. */
export function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s);
}

export interface NamedTupleSpec {
  typename: string;
  fields: string[];
  defaults: PyValue[];
  module: string;
}

/** Field names after namedtuple()'s parsing, renaming and validation. */
function validateFields(typename: string, fieldNames: PyValue, rename: boolean): string[] {
  const fields = typeof fieldNames === 'string'
    ? fieldNames.replace(/,/g, ' ').split(/\s+/).filter((f) => f !== '')
    : toArray(fieldNames).map((f) => str(f));
  if (rename) {
    const seen = new Set<string>();
    fields.forEach((name, i) => {
      if (!isIdentifier(name) || KEYWORDS.has(name) || name.startsWith('_') || seen.has(name)) fields[i] = `_${i}`;
      seen.add(name);
    });
  }
  for (const name of [typename, ...fields]) {
    if (!isIdentifier(name)) raise('ValueError', `Type names and field names must be valid identifiers: ${repr(name)}`);
    if (KEYWORDS.has(name)) raise('ValueError', `Type names and field names cannot be a keyword: ${repr(name)}`);
  }
  const seen = new Set<string>();
  for (const name of fields) {
    if (name.startsWith('_') && !rename) raise('ValueError', `Field names cannot start with an underscore: ${repr(name)}`);
    if (seen.has(name)) raise('ValueError', `Encountered duplicate field name: ${repr(name)}`);
    seen.add(name);
  }
  return fields;
}

/** namedtuple(typename, field_names, *, rename=False, defaults=None, module=None). */
export function namedtupleFunction(args: PyValue[], kwnames: Kw): PyValue {
  const { pos, kw } = splitArgs(args, kwnames);
  for (const key of kw.keys()) {
    if (!['typename', 'field_names', 'rename', 'defaults', 'module'].includes(key)) {
      typeError(`namedtuple() got an unexpected keyword argument '${key}'`);
    }
  }
  if (pos.length > 2) typeError(`namedtuple() takes 2 positional arguments but ${pos.length} were given`);
  const typenameArg = pos.length > 0 ? pos[0] : kw.get('typename');
  const fieldNames = pos.length > 1 ? pos[1] : kw.get('field_names');
  if (typenameArg === undefined || fieldNames === undefined) {
    const missing = [typenameArg === undefined ? 'typename' : '', fieldNames === undefined ? 'field_names' : ''].filter((m) => m !== '');
    typeError(`namedtuple() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${nameList(missing)}`);
  }
  const typename = str(typenameArg);
  const fields = validateFields(typename, fieldNames, isTrue(kw.get('rename')));
  const defaultsArg = kw.get('defaults') ?? null;
  const defaults = defaultsArg === null ? [] : toArray(defaultsArg);
  if (defaults.length > fields.length) typeError('Got more default values than field names');
  const moduleArg = kw.get('module') ?? null;
  return makeNamedTuple({ typename, fields, defaults, module: moduleArg === null ? '__main__' : str(moduleArg) });
}

function isTrue(v: PyValue | undefined): boolean {
  return v !== undefined && v !== null && v !== false && v !== 0;
}

/** Binds __new__'s arguments to the fields, with the errors of a Python-level __new__. */
function bindFields(spec: NamedTupleSpec, args: PyValue[], kwnames: Kw): PyValue[] {
  const { pos, kw } = splitArgs(args, kwnames);
  const n = spec.fields.length;
  const fname = `${spec.typename}.__new__()`;
  const required = n - spec.defaults.length;
  if (pos.length > n) {
    const takes = required === n ? `${n + 1} positional argument${n === 0 ? '' : 's'}` : `from ${required + 1} to ${n + 1} positional arguments`;
    typeError(`${fname} takes ${takes} but ${pos.length + 1} ${pos.length === 0 ? 'was' : 'were'} given`);
  }
  const values: Array<PyValue | undefined> = spec.fields.map((_, i) => pos[i]);
  for (const [key, v] of kw) {
    const i = spec.fields.indexOf(key);
    if (i < 0) typeError(`${fname} got an unexpected keyword argument '${key}'`);
    if (values[i] !== undefined) typeError(`${fname} got multiple values for argument '${key}'`);
    values[i] = v;
  }
  const missing = spec.fields.filter((f, i) => values[i] === undefined && i < required);
  if (missing.length > 0) {
    typeError(`${fname} missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${nameList(missing)}`);
  }
  return values.map((v, i) => (v === undefined ? spec.defaults[i - required]! : v));
}

/** A tuple instance of class `cls`. */
export function typedTuple(cls: PyType, items: PyValue[]): PyTuple {
  const t = new PyTuple(items);
  if (cls !== T.tuple) t.type = cls;
  return t;
}

/** Creates the namedtuple class for `spec`. */
export function makeNamedTuple(spec: NamedTupleSpec): PyType {
  const cls = heapClass(spec.typename, spec.module, T.tuple);
  const fieldsTuple = new PyTuple(spec.fields.slice());
  const d = cls.dict;
  d.set('__doc__', `${spec.typename}(${spec.fields.join(', ')})`);
  d.set('__slots__', new PyTuple([]));
  d.set('_fields', fieldsTuple);
  d.set('__match_args__', fieldsTuple);
  const defaultsDict = new PyDict();
  const required = spec.fields.length - spec.defaults.length;
  spec.defaults.forEach((v, i) => defaultsDict.set(spec.fields[required + i]!, v));
  d.set('_field_defaults', defaultsDict);
  d.set('__new__', new PyStaticMethod(new PyBuiltinFunction('__new__', (args, kwnames) => {
    const target = args[0] as PyType;
    return typedTuple(target, bindFields(spec, args.slice(1), kwnames));
  }, undefined, `${spec.typename}.__new__`)));
  spec.fields.forEach((name, i) => defGetter(cls, name, (o) => (o as PyTuple).items[i]!, () => raise('AttributeError', "can't set attribute")));
  defineMethods(cls, spec);
  return cls;
}

function defineMethods(cls: PyType, spec: NamedTupleSpec): void {
  const n = spec.fields.length;
  defMethod(cls, '__repr__', (self) => {
    const items = (self as PyTuple).items;
    return `${typeOf(self).name}(${spec.fields.map((f, i) => `${f}=${repr(items[i]!)}`).join(', ')})`;
  });
  defMethod(cls, '_asdict', (self) => {
    const out = new PyDict();
    spec.fields.forEach((f, i) => out.set(f, (self as PyTuple).items[i]!));
    return out;
  });
  defMethod(cls, '__getnewargs__', (self) => new PyTuple((self as PyTuple).items.slice()));
  defMethod(cls, '_replace', (self, args, kwnames) => {
    const { kw } = splitArgs(args, kwnames);
    const items = (self as PyTuple).items.map((v, i) => {
      const f = spec.fields[i]!;
      const replaced = kw.get(f);
      kw.delete(f);
      return replaced === undefined ? v : replaced;
    });
    if (kw.size > 0) raise('ValueError', `Got unexpected field names: [${[...kw.keys()].map((k) => repr(k)).join(', ')}]`);
    return typedTuple(typeOf(self), items);
  });
  cls.dict.set('_make', new PyClassMethod(new PyBuiltinFunction('_make', (args) => {
    const target = args[0] as PyType;
    const items = toArray(args[1]!);
    if (items.length !== n) typeError(`Expected ${n} arguments, got ${items.length}`);
    return typedTuple(isSubtype(target, cls) ? target : cls, items);
  }, undefined, `${spec.typename}._make`)));
}

// Generator objects as Python sees them (https://docs.python.org/3/reference/expressions.html#generator-iterator-methods):
// __iter__, __next__, send, throw and close. The frame machinery is the interpreter's; these
// methods only translate between the protocol and realm.invoker.resumeGenerator.

import { newException, raise, typeError } from '../exceptions.js';
import { PyBaseException, PyGenerator } from '../objects.js';
import { call, identityHash } from '../protocols.js';
import { realm } from '../realm.js';
import { PyType } from '../type-object.js';
import { E, T, isSubtype } from '../types.js';
import type { PyValue } from '../values.js';
import { arity, defGetter, defMethods } from './define.js';

/** One step; StopIteration(value) when the generator returns. */
function step(gen: PyGenerator, mode: 'send' | 'throw', value: PyValue): PyValue {
  const r = realm.invoker.resumeGenerator(gen, mode, value);
  if (!r.done) return r.value;
  throw r.value === null ? newException(E['StopIteration']!) : newException(E['StopIteration']!, r.value);
}

/** gen.throw(exc) / gen.throw(type, value): normalizes to an exception instance. */
export function exceptionToThrow(args: PyValue[]): PyBaseException {
  const [first, value] = args;
  if (first instanceof PyBaseException) {
    if (value !== undefined && value !== null) typeError('instance exception may not have a separate value');
    return first;
  }
  if (first instanceof PyType && isSubtype(first, T.BaseException)) {
    if (value instanceof PyBaseException) return value;
    const exc = value === undefined || value === null ? call(first, []) : call(first, [value]);
    return exc as PyBaseException;
  }
  return typeError('exceptions must be classes or instances deriving from BaseException, not ' + (first === null ? 'NoneType' : typeof first));
}

/** gen.close(): GeneratorExit inside; yielding again is a RuntimeError. */
export function closeGenerator(gen: PyGenerator): void {
  if (gen.finished || !gen.started) {
    gen.finished = true;
    return;
  }
  try {
    const r = realm.invoker.resumeGenerator(gen, 'throw', newException(E['GeneratorExit']!));
    if (!r.done) raise('RuntimeError', 'generator ignored GeneratorExit');
  } catch (e) {
    if (e instanceof PyBaseException && (isSubtype(e.type, E['GeneratorExit']!) || isSubtype(e.type, E['StopIteration']!))) return;
    throw e;
  }
}

let defined = false;
export function defineGenerators(): void {
  if (defined) return;
  defined = true;
  const gen = (o: PyValue): PyGenerator => o as PyGenerator;
  defMethods(T.generator, {
    __iter__: (self) => self,
    __next__: (self) => step(gen(self), 'send', null),
    send(self, args, kw) {
      arity('send', args, kw, 1);
      return step(gen(self), 'send', args[0]!);
    },
    throw(self, args, kw) {
      arity('throw', args, kw, 1, 3);
      return step(gen(self), 'throw', exceptionToThrow(args));
    },
    close(self) {
      closeGenerator(gen(self));
      return null;
    },
    __repr__: (self) => `<generator object ${gen(self).qualname} at 0x${(0x7f0000000000 + identityHash(self as object) * 16).toString(16)}>`,
  });
  defGetter(T.generator, 'gi_running', (o) => gen(o).running);
  defGetter(T.generator, 'gi_frame', () => null);
}

// Binding call arguments to a function's parameters (https://docs.python.org/3/reference/expressions.html#calls),
// with CPython 3.11's error messages. Shared by the interpreter's call path and compiled code.
// Arguments are read from any array-like slice (the interpreter passes its value stack
// directly, so a call allocates nothing beyond the callee's locals).

import { CodeFlags } from '../bytecode/opcodes.js';
import { typeError } from './exceptions.js';
import { PyDict, type PyFunction } from './objects.js';
import { PyTuple, type PyValue } from './values.js';

/**
 * Fills `locals` (the callee's fast locals) from args[start .. start+count), where the last
 * kwnames.length values are keyword arguments. Throws TypeError on any mismatch.
 */
export function bindArguments(
  func: PyFunction,
  locals: Array<PyValue | undefined>,
  args: ArrayLike<PyValue>,
  start: number,
  count: number,
  kwnames: readonly string[] | null,
): void {
  const code = func.code;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = count - nkw;
  const argCount = code.argCount;
  const hasVarargs = (code.flags & CodeFlags.VARARGS) !== 0;
  const n = Math.min(npos, argCount);
  for (let i = 0; i < n; i++) locals[i] = args[start + i];
  const varargsIndex = argCount + code.kwOnlyArgCount;
  if (npos > argCount) {
    if (!hasVarargs) tooManyPositional(func, npos, kwnames);
    const extra: PyValue[] = [];
    for (let i = argCount; i < npos; i++) extra.push(args[start + i]!);
    locals[varargsIndex] = new PyTuple(extra);
  } else if (hasVarargs) {
    locals[varargsIndex] = new PyTuple([]);
  }
  if (nkw > 0 || (code.flags & CodeFlags.VARKEYWORDS) !== 0) bindKeywords(func, locals, args, start + npos, kwnames ?? []);
  if (npos < argCount || code.kwOnlyArgCount > 0) applyDefaults(func, locals);
}

function bindKeywords(func: PyFunction, locals: Array<PyValue | undefined>, args: ArrayLike<PyValue>, start: number, kwnames: readonly string[]): void {
  const code = func.code;
  const hasVarkw = (code.flags & CodeFlags.VARKEYWORDS) !== 0;
  const kwargs = hasVarkw ? new PyDict() : null;
  if (kwargs) locals[code.argCount + code.kwOnlyArgCount + ((code.flags & CodeFlags.VARARGS) !== 0 ? 1 : 0)] = kwargs;
  const last = code.argCount + code.kwOnlyArgCount;
  const posOnlyPassed: string[] = [];
  kwnames.forEach((name, k) => {
    const value = args[start + k]!;
    let index = -1;
    for (let i = code.posOnlyArgCount; i < last; i++) {
      if (code.varnames[i] === name) {
        index = i;
        break;
      }
    }
    if (index >= 0) {
      if (locals[index] !== undefined) typeError(`${func.qualname}() got multiple values for argument '${name}'`);
      locals[index] = value;
    } else if (kwargs) {
      if (kwargs.get(name) !== undefined) typeError(`${func.qualname}() got multiple values for keyword argument '${name}'`);
      kwargs.set(name, value);
    } else if (code.varnames.slice(0, code.posOnlyArgCount).includes(name)) {
      posOnlyPassed.push(name);
    } else {
      typeError(`${func.qualname}() got an unexpected keyword argument '${name}'`);
    }
  });
  if (posOnlyPassed.length > 0) {
    typeError(`${func.qualname}() got some positional-only arguments passed as keyword arguments: '${posOnlyPassed.join(', ')}'`);
  }
}

function applyDefaults(func: PyFunction, locals: Array<PyValue | undefined>): void {
  const code = func.code;
  const defaults = func.defaults ?? [];
  const firstDefault = code.argCount - defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < code.argCount; i++) {
    if (locals[i] !== undefined) continue;
    if (i >= firstDefault) locals[i] = defaults[i - firstDefault];
    else missing.push(code.varnames[i]!);
  }
  if (missing.length > 0) missingArguments(func, missing, 'positional');
  const kwMissing: string[] = [];
  for (let i = code.argCount; i < code.argCount + code.kwOnlyArgCount; i++) {
    if (locals[i] !== undefined) continue;
    const name = code.varnames[i]!;
    const value = func.kwdefaults?.get(name);
    if (value !== undefined) locals[i] = value;
    else kwMissing.push(name);
  }
  if (kwMissing.length > 0) missingArguments(func, kwMissing, 'keyword-only');
}

/** "'a', 'b' and 'c'" as CPython lists missing names. */
function listNames(names: string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  if (quoted.length === 1) return quoted[0]!;
  if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted.at(-1)}`;
}

function missingArguments(func: PyFunction, names: string[], kind: string): never {
  const s = names.length === 1 ? '' : 's';
  return typeError(`${func.qualname}() missing ${names.length} required ${kind} argument${s}: ${listNames(names)}`);
}

function tooManyPositional(func: PyFunction, given: number, kwnames: readonly string[] | null): never {
  const code = func.code;
  const defaults = func.defaults?.length ?? 0;
  const required = code.argCount - defaults;
  const takes = defaults > 0 ? `from ${required} to ${code.argCount}` : `${code.argCount}`;
  const plural = defaults > 0 || code.argCount !== 1 ? 's' : '';
  let kwOnlyGiven = 0;
  if (kwnames) {
    for (const name of kwnames) {
      const i = code.varnames.indexOf(name);
      if (i >= code.argCount && i < code.argCount + code.kwOnlyArgCount) kwOnlyGiven++;
    }
  }
  const was = given === 1 ? 'was' : 'were';
  if (kwOnlyGiven > 0) {
    const kwPlural = kwOnlyGiven === 1 ? '' : 's';
    typeError(`${func.qualname}() takes ${takes} positional argument${plural} but ${given} positional argument${given === 1 ? '' : 's'} (and ${kwOnlyGiven} keyword-only argument${kwPlural}) were given`);
  }
  return typeError(`${func.qualname}() takes ${takes} positional argument${plural} but ${given} ${was} given`);
}

// The sys module: argv, exit, the standard streams (stdin reads what input() reads), the
// recursion limit, version and number facts, and the module table. It reads and writes the
// VM's realm, so each VM gets its own.

import { newException, raise, typeError } from '../exceptions.js';
import { PyBaseException, PyDict, PyModule } from '../objects.js';
import { realm, type Realm } from '../realm.js';
import { PyFloat, PyTuple, type PyValue } from '../values.js';
import { PyList } from '../values.js';
import { E } from '../types.js';
import { builtinFunction, arity, defGetter, defMethod } from '../builtins/define.js';
import { newClass, T } from '../types.js';
import { repr } from '../protocols.js';

/** A tuple subclass with named fields printed as `sys.<name>(field=value, ...)`, like
 *  CPython's struct sequences (version_info, float_info, int_info). */
function structSequence(name: string, fields: readonly string[]): (values: PyValue[]) => PyTuple {
  const type = newClass(name, [T.tuple])!;
  type.module = 'sys';
  type.qualname = name;
  fields.forEach((field, i) => defGetter(type, field, (o) => (o as PyTuple).items[i]!));
  defMethod(type, '__repr__', (o) => {
    const items = (o as PyTuple).items;
    return `sys.${name}(${fields.map((f, i) => `${f}=${repr(items[i]!)}`).join(', ')})`;
  });
  type.isHeapType = false;
  return (values) => {
    const info = new PyTuple(values);
    info.type = type;
    return info;
  };
}

let versionInfo: ((values: PyValue[]) => PyTuple) | null = null;
let floatInfo: ((values: PyValue[]) => PyTuple) | null = null;
let intInfo: ((values: PyValue[]) => PyTuple) | null = null;

/** version_info, float_info and int_info, with CPython 3.11's values on a 64-bit build. */
function setFacts(d: PyDict): void {
  versionInfo ??= structSequence('version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
  floatInfo ??= structSequence('float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
  intInfo ??= structSequence('int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
  d.set('version_info', versionInfo([3, 11, 7, 'final', 0]));
  const f = (x: number): PyValue => new PyFloat(x);
  d.set('float_info', floatInfo([f(Number.MAX_VALUE), 1024, 308, f(2.2250738585072014e-308), -1021, -307, 15, 53, f(Number.EPSILON), 2, 1]));
  d.set('int_info', intInfo([30, 4, 4300, 640]));
  d.set('maxunicode', 0x10ffff);
}
import { inputStreamObject, streamObject } from '../builtins/files.js';

export function createSys(r: Realm): PyModule {
  const sys = new PyModule('sys');
  const d = sys.dict;
  d.set('argv', new PyList(r.argv.slice()));
  d.set('stdout', streamObject('<stdout>', r.stdout));
  d.set('stderr', streamObject('<stderr>', r.stderr));
  d.set('__stdout__', d.get('stdout')!);
  d.set('__stderr__', d.get('stderr')!);
  d.set('stdin', inputStreamObject(() => r.readLine?.() ?? null));
  d.set('__stdin__', d.get('stdin')!);
  d.set('maxsize', 9223372036854775807n);
  d.set('byteorder', 'little');
  d.set('platform', 'linux');
  d.set('version', '3.11.7 (corevm)');
  setFacts(d);
  d.set('path', new PyList(r.path.slice()));
  d.set('modules', new PyDict());
  d.set('exit', builtinFunction('exit', (args, kw) => {
    arity('exit', args, kw, 0, 1);
    throw newException(E['SystemExit']!, ...(args.length > 0 ? [args[0]!] : []));
  }));
  d.set('getrecursionlimit', builtinFunction('getrecursionlimit', () => realm.recursionLimit));
  d.set('setrecursionlimit', builtinFunction('setrecursionlimit', (args, kw) => {
    arity('setrecursionlimit', args, kw, 1);
    const n = args[0];
    if (typeof n !== 'number') typeError("'float' object cannot be interpreted as an integer");
    if (n < 1) raise('ValueError', 'recursion limit must be greater or equal than 1');
    realm.recursionLimit = n;
    return null;
  }));
  d.set('exc_info', builtinFunction('exc_info', () => {
    const e: PyBaseException | null = realm.handledException;
    return new PyTuple(e === null ? [null, null, null] : [e.type, e, null]);
  }));
  d.set('intern', builtinFunction('intern', (args) => args[0] as PyValue));
  d.set('getdefaultencoding', builtinFunction('getdefaultencoding', () => 'utf-8'));
  return sys;
}

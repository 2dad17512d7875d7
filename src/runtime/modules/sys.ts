// The sys module: argv, exit, the standard streams, the recursion limit, version facts and
// the module table. It reads and writes the VM's realm, so each VM gets its own.

import { newException, raise, typeError } from '../exceptions.js';
import { PyBaseException, PyDict, PyModule } from '../objects.js';
import { realm, type Realm } from '../realm.js';
import { PyTuple, type PyValue } from '../values.js';
import { PyList } from '../values.js';
import { E } from '../types.js';
import { builtinFunction, arity, defGetter, defMethod } from '../builtins/define.js';
import { newClass, T } from '../types.js';
import { repr } from '../protocols.js';
import type { PyType } from '../type-object.js';

const VERSION_FIELDS = ['major', 'minor', 'micro', 'releaselevel', 'serial'] as const;
let versionInfoType: PyType | null = null;

/** sys.version_info: a tuple subclass with named fields, like CPython's struct sequence. */
function versionInfo(): PyTuple {
  if (versionInfoType === null) {
    const type = newClass('version_info', [T.tuple])!;
    type.module = 'sys';
    type.qualname = 'version_info';
    VERSION_FIELDS.forEach((field, i) => defGetter(type, field, (o) => (o as PyTuple).items[i]!));
    defMethod(type, '__repr__', (o) => {
      const items = (o as PyTuple).items;
      return `sys.version_info(${VERSION_FIELDS.map((f, i) => `${f}=${repr(items[i]!)}`).join(', ')})`;
    });
    type.isHeapType = false;
    versionInfoType = type;
  }
  const info = new PyTuple([3, 11, 7, 'final', 0]);
  info.type = versionInfoType;
  return info;
}
import { streamObject } from '../builtins/files.js';

export function createSys(r: Realm): PyModule {
  const sys = new PyModule('sys');
  const d = sys.dict;
  d.set('argv', new PyList(r.argv.slice()));
  d.set('stdout', streamObject('<stdout>', r.stdout));
  d.set('stderr', streamObject('<stderr>', r.stderr));
  d.set('__stdout__', d.get('stdout')!);
  d.set('__stderr__', d.get('stderr')!);
  d.set('maxsize', 9223372036854775807n);
  d.set('byteorder', 'little');
  d.set('platform', 'linux');
  d.set('version', '3.11.7 (corevm)');
  d.set('version_info', versionInfo());
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
  return sys;
}

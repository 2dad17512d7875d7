// The interpreter's inline caches, kept per feedback slot in the code's CodeProfile: attribute
// sites (is this class's access to the name the plain instance-dict or __slots__ case?),
// method sites (which method does this class's instance find?) and LOAD_GLOBAL sites (where
// the value lives, valid while both dicts keep their versions). The dispatch loop
// (dispatch.ts) asks them on every execution of those instructions.

import type { Frame } from '../src/runtime/frame.js';
import type { AttrDict } from '../src/runtime/objects.js';
import * as rt from '../src/runtime/ops.js';
import { attrAccess, attrLayout, classEpoch, rememberMethod, type AttrAccess } from '../src/runtime/protocols.js';
import type { PyType } from '../src/runtime/type-object.js';
import { PyObject, type PyValue } from '../src/runtime/values.js';
import type { CodeProfile } from './profile.js';

/** The inline cache of an attribute site: how does `type`'s access to `name` reach the
 *  instance's storage (AttrAccess)? Checked once per (site, class, class epoch); the last
 *  class seen is also the JIT's receiver feedback. */
export function attrSiteKind(profile: CodeProfile, slot: number, type: PyType, name: string, write: boolean): AttrAccess {
  if (profile.attrType[slot] === type && profile.attrEpoch[slot] === classEpoch) return profile.attrPlain[slot]!;
  // The class-wide layout serves the class's next access at any site.
  if (type.layoutEpoch !== classEpoch) attrLayout(type);
  const kind = attrAccess(type, name, write);
  profile.attrType[slot] = type;
  profile.attrEpoch[slot] = classEpoch;
  profile.attrPlain[slot] = kind;
  return kind;
}

/** LOAD_METHOD through the site's cache: what rt.loadMethod answers (the method, or
 *  undefined for the getattr path). The class decides it for strings and for objects other
 *  than modules, classes and super objects, up to an entry in the object's own dict. */
export function loadMethodAt(profile: CodeProfile, slot: number, obj: PyValue, name: string): PyValue | undefined {
  const type = rt.methodCacheClass(obj);
  if (type === null) return rt.loadMethod(obj, name);
  let method: PyValue | undefined;
  if (type.methodsEpoch === classEpoch && (method = type.methods![name]) !== undefined) {
    // Found in the class's method table (filled by any site, in either tier).
  } else if (profile.attrType[slot] === type && profile.attrEpoch[slot] === classEpoch) {
    method = profile.methods[slot];
  } else {
    method = rt.methodForCache(obj, type, name);
    profile.attrType[slot] = type;
    profile.attrEpoch[slot] = classEpoch;
    profile.methods[slot] = method;
    if (method !== undefined && obj instanceof PyObject) rememberMethod(type, name, method);
  }
  if (method === undefined || typeof obj === 'string') return method;
  const attrs = (obj as { attrs?: AttrDict | null }).attrs;
  return attrs !== null && attrs !== undefined && attrs[name] !== undefined ? undefined : method;
}

/** LOAD_GLOBAL: globals, then builtins, through the instruction's inline cache. */
export function loadGlobal(frame: Frame, profile: CodeProfile, slot: number, name: string): PyValue | undefined {
  const globals = frame.globals.table;
  const builtins = frame.builtins.table;
  if (profile.globalTable[slot] === globals && profile.globalVersion[slot] === globals.version && profile.builtinsVersion[slot] === builtins.version) {
    return profile.globalInBuiltins[slot] ? builtins.values[profile.globalPos[slot]!] : globals.values[profile.globalPos[slot]!];
  }
  let pos = globals.find(name);
  let inBuiltins = 0;
  if (pos < 0) {
    pos = builtins.find(name);
    if (pos < 0) return undefined;
    inBuiltins = 1;
  }
  profile.globalTable[slot] = globals;
  profile.globalVersion[slot] = globals.version;
  profile.builtinsVersion[slot] = builtins.version;
  profile.globalInBuiltins[slot] = inBuiltins;
  profile.globalPos[slot] = pos;
  return inBuiltins ? builtins.values[pos] : globals.values[pos];
}

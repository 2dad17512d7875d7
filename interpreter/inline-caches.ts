// The interpreter's inline caches, kept per feedback slot in the code's CodeProfile: attribute
// sites (is this class's access to the name the plain instance-dict or __slots__ case?) and
// LOAD_GLOBAL sites (where the value lives, valid while both dicts keep their versions).
// The dispatch loop (dispatch.ts) asks them on every execution of those instructions.

import type { CodeObject } from '../src/bytecode/code-object.js';
import type { Frame } from '../src/runtime/frame.js';
import { attrAccess, classEpoch, type AttrAccess } from '../src/runtime/protocols.js';
import type { PyType } from '../src/runtime/type-object.js';
import type { PyValue } from '../src/runtime/values.js';
import { profileOf } from './profile.js';

/** The inline cache of an attribute site: how does `type`'s access to `name` reach the
 *  instance's storage (AttrAccess)? Checked once per (site, class, class epoch); the last
 *  class seen is also the JIT's receiver feedback. */
export function attrSiteKind(code: CodeObject, pc: number, type: PyType, name: string, write: boolean): AttrAccess {
  const profile = profileOf(code);
  const slot = code.feedbackSlots![pc]!;
  if (profile.attrType[slot] === type && profile.attrEpoch[slot] === classEpoch) return profile.attrPlain[slot]!;
  const kind = attrAccess(type, name, write);
  profile.attrType[slot] = type;
  profile.attrEpoch[slot] = classEpoch;
  profile.attrPlain[slot] = kind;
  return kind;
}

/** LOAD_GLOBAL: globals, then builtins, through the instruction's inline cache. */
export function loadGlobal(frame: Frame, code: CodeObject, pc: number, name: string): PyValue | undefined {
  const profile = profileOf(code);
  const slot = code.feedbackSlots![pc]!;
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

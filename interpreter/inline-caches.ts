// The interpreter's inline caches, kept per feedback slot in the code's CodeProfile: attribute
// sites (is this class's access to the name the plain instance-dict or __slots__ case?) and
// LOAD_GLOBAL sites (where the value lives, valid while both dicts keep their versions).
// The dispatch loop (dispatch.ts) asks them on every execution of those instructions.

import type { CodeObject } from '../src/bytecode/code-object.js';
import type { Frame } from '../src/runtime/frame.js';
import type { AttrDict, PyInstance } from '../src/runtime/objects.js';
import { classEpoch, isPlainInstanceRead, isPlainInstanceWrite, isPlainSlotAccess } from '../src/runtime/protocols.js';
import type { PyType } from '../src/runtime/type-object.js';
import type { PyValue } from '../src/runtime/values.js';
import { profileOf } from './profile.js';

/** Inline-cache kinds of an attribute site. */
const SITE_GENERIC = 0;
const SITE_DICT = 1;
const SITE_SLOT = 2;

/** The inline cache of an attribute site: does `type`'s access to `name` read or write the
 *  instance dict (SITE_DICT) or a __slots__ entry (SITE_SLOT) directly? Checked once per
 *  (site, class, class epoch); the last class seen is also the JIT's receiver feedback. */
export function attrSiteKind(code: CodeObject, pc: number, type: PyType, name: string, write: boolean): number {
  const profile = profileOf(code);
  const slot = code.feedbackSlots![pc]!;
  if (profile.attrType[slot] === type && profile.attrEpoch[slot] === classEpoch) return profile.attrPlain[slot]!;
  let kind = SITE_GENERIC;
  if (type.slots !== null) kind = isPlainSlotAccess(type, name) ? SITE_SLOT : SITE_GENERIC;
  else if (write ? isPlainInstanceWrite(type, name) : isPlainInstanceRead(type, name)) kind = SITE_DICT;
  profile.attrType[slot] = type;
  profile.attrEpoch[slot] = classEpoch;
  profile.attrPlain[slot] = kind;
  return kind;
}

/** Where a site of that kind finds obj's attributes, or null for the generic path. */
export function instanceStore(obj: PyInstance, kind: number): AttrDict | null {
  return kind === SITE_DICT ? obj.attrs : kind === SITE_SLOT ? obj.slotValues : null;
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

// Runtime support for compiled code: the bindings a compiled function's factory receives.
// Each helper is the interpreter's case for one instruction, written once more only where
// the interpreter keeps it inline; everything with real semantics calls the same src/runtime
// helper the interpreter calls. Generated source refers to these by binding name only.

import type { CodeObject } from '../src/bytecode/code-object.js';
import { bindArguments } from '../src/runtime/arguments.js';
import { newException, toGuestException } from '../src/runtime/exceptions.js';
import { Frame } from '../src/runtime/frame.js';
import type { OrderedTable } from '../src/runtime/hash-table.js';
import {
  NotImplemented, PyBuiltinFunction, PyCell, PyDict, PyFunction, PyGenerator, PyInstance, PyListIterator, PyMethodDescriptor, PyModule,
  PyRangeIterator, PySet, PySlice,
  type AttrDict,
  type PyBaseException,
} from '../src/runtime/objects.js';
import {
  POW2, binaryAfterFirst, binaryOp, compareOp, intBitwise, contains, firstBinaryMethod, unaryInvert, unaryNegative, unaryPositive,
} from '../src/runtime/operators.js';
import * as rt from '../src/runtime/ops.js';
import {
  AttrAccess, attrAccess, attrLayout, call, classEpoch, classEpochCell, delAttr, getAttr, getIter, instanceStore, iterNext, rememberMethod, setAttr, truthy,
} from '../src/runtime/protocols.js';
import { PyType } from '../src/runtime/type-object.js';
import type { Realm } from '../src/runtime/realm.js';
import { delItem, getItem, setItem } from '../src/runtime/subscript.js';
import { FRAME_HANDED_BACK, OSR_DECLINED, handback } from '../src/runtime/tiers.js';
import { E, T, typeOf } from '../src/runtime/types.js';
import { PyFloat, PyList, PyObject, PyTuple, type PyValue } from '../src/runtime/values.js';
import { listAppendMethod } from '../src/runtime/builtins/sequences.js';
import { typeOfValue } from './types.js';

/** What compiled code needs from the JIT and the VM around it. */
export interface SupportHost {
  /** Runs a frame rebuilt by a compiled function's exit to its return (deopt). */
  resume(frame: Frame): PyValue;
  /** The safepoint poll (interrupts, step budget), run when realm.ticks runs out. */
  safepoint(): void;
  /** Compiled code of `table.code` left through exit `exit` (a failed guard); `fn` is the
   *  function whose call entry was running, null for an on-stack entry. */
  deopted(table: ExitTable, exit: number, fn: PyFunction | null): void;
}

/** The `what` of an exit at an operator site the interpreter never ran (codegen.unreached). */
export const NO_FEEDBACK = 'the site has no type feedback (it never ran in the interpreter)';

/** The exits of one compilation: what each checks, and how often each has been taken. */
export class ExitTable {
  readonly taken: Int32Array;
  /** Deopt stress: exits whose guard has already failed once on purpose. */
  readonly stressed: Uint8Array;

  constructor(readonly code: CodeObject, readonly exits: ReadonlyArray<{ pc: number; site: number; what: string }>) {
    this.taken = new Int32Array(exits.length);
    this.stressed = new Uint8Array(exits.length);
  }
}

/** Deopt stress: true the first time exit k's guard runs, so its exit path runs once. */
export function stressOnce(table: ExitTable, k: number): boolean {
  if (table.stressed[k]) return false;
  table.stressed[k] = 1;
  return true;
}

/** OSR entry check: the frame value's type is within the types the code was compiled for. */
export function fitsType(v: PyValue | undefined, allowed: number): boolean {
  return (typeOfValue(v) & ~allowed) === 0;
}

/** int // int on small ints (b != 0): exact, since |a| < 2**53 (see jit/specialize.ts). */
export function intFloorDiv(a: number, b: number): number {
  return Math.floor(a / b) + 0;
}

/** int % int on small ints (b != 0): the sign of the divisor, as in Python. */
export function intMod(a: number, b: number): number {
  const r = a % b;
  return (r !== 0 && (r < 0) !== (b < 0) ? r + b : r) + 0;
}

/** One LOAD_GLOBAL site's inline cache (the interpreter keeps the same one per feedback slot). */
export class GlobalSite {
  table: OrderedTable | null = null;
  globalsVersion = -1;
  builtinsVersion = -1;
  pos = -1;
  /** The values array of the table the name lives in (globals or builtins); tables only
   *  replace it when their version moves. Generated code reads values[pos] itself. */
  values: PyValue[] = [];
  constructor(readonly code: CodeObject) {}
}

/** Receiver classes an attribute or method site remembers (V8's polymorphic limit too). */
const SITE_WAYS = 4;

/** A site cache keyed by receiver class: up to SITE_WAYS classes, valid for one class epoch
 *  (any class namespace change empties it). Generated code first tries the class-wide paths
 *  (PyType.plainRead/plainWrite, PyType.methods) inline; these caches serve what those miss:
 *  __slots__ writes, dunder names, classes with properties or other data descriptors. */
class ClassKeyedSite {
  epoch = -1;
  readonly types: PyType[] = [];

  /** The entry of `type`, or -1 (after emptying the cache if the epoch moved on). */
  find(type: PyType): number {
    if (this.epoch !== classEpoch) {
      this.epoch = classEpoch;
      this.types.length = 0;
      return -1;
    }
    const types = this.types;
    for (let i = 0; i < types.length; i++) if (types[i] === type) return i;
    return -1;
  }

  /** Room for an entry of `type`: its index, or -1 when the site is full (megamorphic). */
  add(type: PyType): number {
    return this.types.length < SITE_WAYS ? this.types.push(type) - 1 : -1;
  }
}

/** One attribute site's cache: how the site reaches the attributes of each receiver class's
 *  instances (AttrAccess). `inline` is the first class seen by a write site, when its
 *  instances' __slots__ values (or dict) are written directly: generated code checks it
 *  inline after the class-wide check, which covers dict classes only. */
export class AttrSite extends ClassKeyedSite {
  readonly access: AttrAccess[] = [];
  inline: PyType | null = null;
}

function siteAccess(site: AttrSite, type: PyType, name: string, write: boolean): AttrAccess {
  if (type.layoutEpoch !== classEpoch) attrLayout(type);
  const hit = site.find(type);
  if (hit >= 0) return site.access[hit]!;
  const access = attrAccess(type, name, write);
  const i = site.add(type);
  if (i >= 0) site.access[i] = access;
  // Entry 0 is the first of this epoch (find empties the cache when the epoch moves on).
  if (i === 0) site.inline = write && access !== AttrAccess.Generic ? type : null;
  return access;
}

/** A compiled LOAD_ATTR/STORE_ATTR that the class-wide layout check did not serve: the object
 *  holding obj's attributes when this site reads (or writes) it directly (the instance dict
 *  or the __slots__ values), else null. Generated code indexes it itself. The class's layout
 *  is brought up to date on the way, so the inline check serves its next access. */
export function storeToRead(site: AttrSite, obj: PyInstance, name: string): AttrDict | null {
  return instanceStore(obj, siteAccess(site, obj.type, name, false));
}

export function storeToWrite(site: AttrSite, obj: PyInstance, name: string): AttrDict | null {
  return instanceStore(obj, siteAccess(site, obj.type, name, true));
}

/** One LOAD_METHOD site's cache: per receiver class, the method rt.loadMethod finds, or
 *  undefined (getattr then), and whether an entry of the same name in the instance's own
 *  dict would win over it. */
export class MethodSite extends ClassKeyedSite {
  readonly methods: Array<PyValue | undefined> = [];
  readonly shadowable: boolean[] = [];
}

/** LOAD_METHOD through the site's cache, for what the inline check of the receiver class's
 *  method table (PyType.methods) misses; a method found for an object is entered in that
 *  table. Receivers whose class alone does not decide the answer (ints stored as bigints,
 *  modules, classes, super objects) skip both caches. */
export function loadMethodAt(site: MethodSite, obj: PyValue, name: string): PyValue | undefined {
  const type = rt.methodCacheClass(obj);
  if (type === null) return rt.loadMethod(obj, name);
  const hit = site.find(type);
  if (hit >= 0) {
    const method = site.methods[hit];
    if (method !== undefined && obj instanceof PyObject) rememberMethod(type, name, method);
    if (method === undefined || !site.shadowable[hit]) return method;
    const attrs = (obj as PyInstance).attrs;
    return attrs !== null && attrs !== undefined && attrs[name] !== undefined ? undefined : method;
  }
  const i = site.add(type);
  const method = rt.methodForCache(obj, type, name);
  if (method !== undefined && obj instanceof PyObject) rememberMethod(type, name, method);
  if (i >= 0) {
    site.methods[i] = method;
    // Every instance of one class has the same JS class, so one receiver tells.
    site.shadowable[i] = obj instanceof PyObject && 'attrs' in obj;
  }
  return rt.loadMethod(obj, name);
}

type CallValue = (f: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue;

/** CALL: compiled callees are entered directly while the guest stack is shallower than
 *  `depthLimit` (compiled frames live on the JS stack); everything else goes through call(). */
function makeCallValue(realm: Realm, depthLimit: number): CallValue {
  const callValue: CallValue = (f, args, kwnames) => {
    if (f instanceof PyFunction && f.entry !== null && realm.depth < depthLimit) return f.entry(f, args, 0, args.length, kwnames);
    if (f instanceof PyType && f.isHeapType) {
      // Instantiation that needs only object.__new__ and a Python __init__ (as in the interpreter).
      const init = rt.plainInit(f);
      if (init !== null) {
        const self = new PyInstance(f);
        const returned = kwnames === null && init.directArity === args.length + 1 && realm.depth < depthLimit
          ? init.direct!(init, self, ...args)
          : callValue(init, [self, ...args], kwnames);
        return rt.initResult(self, returned);
      }
    }
    return call(f, args, kwnames);
  };
  return callValue;
}

/** A generic BINARY_OP site's cache for instances of Python classes: the Python method the
 *  operator calls first for one (left class, right class) pair in one class epoch. */
export class BinarySite {
  epoch = -1;
  left: PyType | null = null;
  right: PyType | null = null;
  method: PyFunction | null = null;
}

type BinaryAt = (site: BinarySite, op: number, a: PyValue, b: PyValue) => PyValue;

/** BINARY_OP on anything: an instance operand pair the site knows calls its method directly
 *  (compiled, it is entered with its positional body); anything else is binarySlow. */
function makeBinaryAt(realm: Realm, depthLimit: number): BinaryAt {
  return (site, op, a, b) => {
    if (a instanceof PyInstance) {
      const right = typeOf(b);
      if (a.type === site.left && right === site.right && site.epoch === classEpoch) {
        const m = site.method!;
        const r = m.directArity === 2 && realm.depth < depthLimit ? m.direct!(m, a, b) : call(m, [a, b], null);
        return r !== NotImplemented ? r : binaryAfterFirst(op, a, b);
      }
      const method = firstBinaryMethod(op, a.type, right);
      if (method !== null) {
        site.left = a.type;
        site.right = right;
        site.method = method;
        site.epoch = classEpoch;
      }
    }
    return binarySlow(op, a, b);
  };
}

/** BINARY_OP after the inline int fast path: the float fast path, then the generic operator. */
export function binarySlow(op: number, a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const r = rt.floatArith(op, a, b);
    if (r !== undefined) return r;
  }
  return binaryOp(op, a, b);
}

/** COMPARE_OP after the inline int fast path (the interpreter's float paths, then generic). */
export function compareSlow(op: number, a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyFloat && a.type === T.float && (typeof b === 'number' || (b instanceof PyFloat && b.type === T.float))) {
    return rt.compareNumbers(op, a.value, typeof b === 'number' ? b : b.value);
  }
  if (typeof a === 'number' && b instanceof PyFloat && b.type === T.float) return rt.compareNumbers(op, a, b.value);
  return compareOp(op, a, b);
}

/** LOAD_GLOBAL: globals, then builtins, through the site's cache; NameError if neither. Small,
 *  so V8 inlines the check into generated code; a miss refills the site out of line. */
export function loadGlobal(site: GlobalSite, globalsDict: PyDict, builtinsDict: PyDict, name: string): PyValue {
  const globals = globalsDict.table;
  if (site.table === globals && site.globalsVersion === globals.version && site.builtinsVersion === builtinsDict.table.version) {
    return site.values[site.pos]!;
  }
  return refillGlobal(site, globalsDict, builtinsDict, name);
}

function refillGlobal(site: GlobalSite, globalsDict: PyDict, builtinsDict: PyDict, name: string): PyValue {
  const globals = globalsDict.table;
  const builtins = builtinsDict.table;
  let pos = globals.find(name);
  let inBuiltins = false;
  if (pos < 0) {
    pos = builtins.find(name);
    if (pos < 0) rt.nameErrorIn(name, { locals: site.code.varnames, globals: globalsDict, builtins: builtinsDict });
    inBuiltins = true;
  }
  site.table = globals;
  site.globalsVersion = globals.version;
  site.builtinsVersion = builtins.version;
  site.pos = pos;
  site.values = inBuiltins ? builtins.values : globals.values;
  return site.values[pos]!;
}

/** GET_YIELD_FROM_ITER: a generator delegates as it is, anything else through iter(). */
export function yieldFromIter(v: PyValue): PyValue {
  return v instanceof PyGenerator ? v : getIter(v);
}

export function deleteGlobal(globals: PyDict, name: string): void {
  if (globals.table.delete(name) === undefined) rt.nameError(name);
}

export function buildSet(items: PyValue[]): PySet {
  const set = new PySet();
  for (const item of items) set.table.set(item, null);
  return set;
}

export function buildMap(pairs: PyValue[]): PyDict {
  const dict = new PyDict();
  for (let i = 0; i < pairs.length; i += 2) dict.table.set(pairs[i]!, pairs[i + 1]!);
  return dict;
}

export function buildConstKeyMap(values: PyValue[], keysTuple: PyValue): PyDict {
  const keys = rt.expectInstance(keysTuple, PyTuple, 'BUILD_CONST_KEY_MAP keys').items;
  if (keys.length !== values.length) rt.badStackValue('BUILD_CONST_KEY_MAP', `a tuple of ${values.length} keys`);
  const dict = new PyDict();
  for (let i = 0; i < values.length; i++) dict.table.set(keys[i]!, values[i]!);
  return dict;
}

export function buildString(parts: PyValue[]): string {
  let s = '';
  for (const part of parts) {
    if (typeof part !== 'string') rt.badStackValue('BUILD_STRING', 'str parts');
    s += part;
  }
  return s;
}

export function listAppend(list: PyValue, item: PyValue): void {
  if (!(list instanceof PyList)) rt.badStackValue('LIST_APPEND', 'a list');
  list.items.push(item);
}

export function setAdd(set: PyValue, item: PyValue): void {
  rt.expectInstance(set, PySet, 'SET_ADD').table.set(item, null);
}

export function mapAdd(dict: PyValue, key: PyValue, value: PyValue): void {
  rt.expectInstance(dict, PyDict, 'MAP_ADD').table.set(key, value);
}

export function listToTuple(list: PyValue): PyTuple {
  return new PyTuple(rt.expectInstance(list, PyList, 'LIST_TO_TUPLE').items);
}

export function importFromValue(module: PyValue, name: string): PyValue {
  return rt.importFrom(rt.expectInstance(module, PyModule, 'IMPORT_FROM'), name);
}

export function withExceptStart(exit: PyValue, excValue: PyValue): PyValue {
  const exc = rt.expectException(excValue, 'WITH_EXCEPT_START');
  return call(exit, [exc.type, exc, null]);
}

/** The arguments of a call that is not the simple positional case, bound into fresh locals. */
export function bindArgs(fn: PyFunction, args: ArrayLike<PyValue>, start: number, count: number, kwnames: readonly string[] | null): Array<PyValue | undefined> {
  const locals = new Array<PyValue | undefined>(fn.code.varnames.length).fill(undefined);
  bindArguments(fn, locals, args, start, count, kwnames);
  return locals;
}

/** The exit of code entered on-stack: writes the state back into the interpreter frame,
 *  leaves the exception (if any) for the interpreter to raise at pc, and says so. */
export function handBack(frame: Frame, pc: number, locals: Array<PyValue | undefined>, stack: PyValue[],
  exc: PyBaseException | null, reraise: boolean): typeof FRAME_HANDED_BACK {
  for (let i = 0; i < locals.length; i++) frame.locals[i] = locals[i];
  for (let i = 0; i < stack.length; i++) frame.stack[i] = stack[i] ?? null;
  frame.pc = pc;
  handback.exception = exc;
  handback.reraise = reraise;
  return FRAME_HANDED_BACK;
}

/** Entering a compiled function counts toward the recursion limit like a pushed frame. */
export function enter(realm: Realm): void {
  if (++realm.depth > realm.recursionLimit) {
    realm.depth--;
    throw newException(E['RecursionError']!, 'maximum recursion depth exceeded');
  }
}

/** Builds the support record for one VM: names are the binding names generated code uses. */
export function supportBindings(realm: Realm, host: SupportHost, depthLimit: number): Record<string, unknown> {
  const callValue = makeCallValue(realm, depthLimit);
  /** CALL_METHOD off the path its feedback specialized: self is undefined when LOAD_METHOD
   *  pushed an attribute value; a native method takes self apart. */
  const callMethodAt = (m: PyValue, self: PyValue | undefined, args: PyValue[], kwnames: readonly string[] | null): PyValue =>
    self === undefined ? callValue(m, args, kwnames)
      : m instanceof PyMethodDescriptor ? rt.callDescriptor(m, self, args, kwnames)
        : callValue(m, [self, ...args], kwnames);
  const binaryAt = makeBinaryAt(realm, depthLimit);
  /** Deopt by exception: rebuild the interpreter frame at the handler and let tier 0 finish
   *  the call. The handler's stack is the first `depth` slots plus the exception. */
  const deopt = (code: CodeObject, fn: PyFunction, cells: PyCell[] | null, handler: { target: number; depth: number },
    locals: Array<PyValue | undefined>, stack: PyValue[], exc: PyBaseException): PyValue => {
    const frame = new Frame(code, fn.globals, realm.builtins, fn);
    frame.cells = cells;
    for (let i = 0; i < locals.length; i++) frame.locals[i] = locals[i];
    for (let i = 0; i < handler.depth; i++) frame.stack[i] = stack[i]!;
    frame.stack[handler.depth] = exc;
    frame.sp = handler.depth + 1;
    frame.pc = handler.target;
    realm.depth--; // the interpreter's activation counts this frame again
    try {
      return host.resume(frame);
    } finally {
      realm.depth++;
    }
  };
  /** A failed guard in a called function: the rest of the call runs in a rebuilt frame. */
  const exitCall = (code: CodeObject, fn: PyFunction, cells: PyCell[] | null, table: ExitTable, pc: number, height: number,
    locals: Array<PyValue | undefined>, stack: PyValue[], exit: number): PyValue => {
    host.deopted(table, exit, fn);
    const frame = new Frame(code, fn.globals, realm.builtins, fn);
    frame.cells = cells;
    for (let i = 0; i < locals.length; i++) frame.locals[i] = locals[i];
    for (let i = 0; i < height; i++) frame.stack[i] = stack[i]!;
    frame.sp = height;
    frame.pc = pc;
    realm.depth--; // the interpreter's activation counts this frame again
    try {
      return host.resume(frame);
    } finally {
      realm.depth++;
    }
  };
  /** A failed guard in code entered on-stack: the interpreter frame continues at pc. */
  const exitFrame = (frame: Frame, table: ExitTable, pc: number, height: number,
    locals: Array<PyValue | undefined>, stack: PyValue[], exit: number): typeof FRAME_HANDED_BACK => {
    host.deopted(table, exit, null);
    handBack(frame, pc, locals, stack, null, false);
    frame.sp = height;
    return FRAME_HANDED_BACK;
  };
  return {
    realm, EPOCH: classEpochCell, LIST_APPEND: listAppendMethod, deopt, handBack, exitCall, exitFrame, stressOnce, fitsType, intFloorDiv, intMod, POW2, intBitwise, OSR_DECLINED, FLOAT: T.float, LIST: T.list, TUPLE: T.tuple, DICT: T.dict, PyFloat, PyDict, safepoint: () => host.safepoint(), enter, bindArgs, makeCells: rt.makeCells, toGuestException, addTraceback: rt.addTraceback, findHandler: rt.findHandler,
    callValue, callMethodAt, DEPTH_LIMIT: depthLimit, PyFunction, PyBuiltinFunction, PyType, callDescriptor: rt.callDescriptor, PyMethodDescriptor, PyInstance, PyObject, storeToRead, storeToWrite, loadMethodAt, yieldFromIter, send: rt.send, callEx: rt.callEx, binarySlow, binaryAt, binaryOp, compareSlow, loadGlobal, deleteGlobal, makeFunction: rt.makeFunction,
    buildSet, buildMap, buildConstKeyMap, buildString, listAppend, setAdd, mapAdd, listToTuple, importFromValue, withExceptStart,
    unboundLocal: rt.unboundLocal, unboundCell: rt.unboundCell, extendContainer: rt.extendContainer,
    unpack: rt.unpack, formatValue: rt.formatValue, expectString: rt.expectString, currentException: rt.currentException,
    makeRaisable: rt.makeRaisable, expectException: rt.expectException, expectExceptionOrNone: rt.expectExceptionOrNone,
    exceptionMatches: rt.exceptionMatches, enterContext: rt.enterContext, importName: rt.importName,
    contains, unaryNegative, unaryPositive, unaryInvert, truthy, getAttr, setAttr, delAttr, getItem, setItem, delItem,
    getIter, iterNext, PyListIterator, PyRangeIterator, PyList, PyTuple, PySlice, AssertionError: E['AssertionError']!,
  };
}


// JIT codegen, part 2: one small emitter per opcode (V8 Sparkplug's visitors), each producing
// the ESTree statements of its interpreter case (interpreter/interpreter.ts is the reference).
// Stack slot i is the JS local `s<i>` (heights are static per pc); fast local i is `l<i>`.
// The table is keyed by every opcode name, so TypeScript forces an emitter or a named
// bail-out reason for each. Guest names reach the source only as pool indices (N[k], K[k]).

import type { CodeObject } from '../src/bytecode/code-object.js';
import type { OpcodeName } from '../src/bytecode/opcodes.js';
import { makeFunctionOperands } from '../src/runtime/ops.js';
import { isDunder } from '../src/runtime/protocols.js';
import type { BailoutReason } from './bailout.js';
import type { TypeState } from './types.js';
import { CalleeBit, TypeBit } from '../src/runtime/tiers.js';
import * as b from './estree.js';

/** What an emitter knows about the instruction it translates. */
export interface EmitContext {
  readonly code: CodeObject;
  readonly pc: number;
  /** Stack height before the instruction. */
  readonly h: number;
  /** Operand word i. */
  arg(i: number): number;
  /** Statements that continue at the block starting at targetPc. */
  jump(targetPc: number): b.Stmt[];
  /** A fresh inline-cache site of the instruction (LOAD_GLOBAL, LOAD_ATTR/STORE_ATTR,
   *  LOAD_METHOD, a generic BINARY_OP). */
  site(kind: 'global' | 'attr' | 'method' | 'binary'): b.Expr;
  /** The keyword-name list of CALL_KW's const operand k. */
  kwnames(k: number): b.Expr;
  /** Inferred types before the instruction (jit/types.ts). */
  readonly types: TypeState;
  /** The operand classes the interpreter saw at this instruction (TypeBit bits, the right
   *  operand's << 16), or 0 when there is no feedback. */
  readonly seen: number;
  /** Stack slot i holds a raw double here (its type is exactly float). */
  isRaw(i: number): boolean;
  /** `if (!cond)` leave compiled code with the state before this instruction. */
  guard(cond: b.Expr, what: string): b.Stmt;
  /** `if (!cond)` leave compiled code at nextPc with `height` stack slots (the instruction
   *  has had its effect; the slot it pushed holds a boxed value). */
  guardAfter(cond: b.Expr, what: string, nextPc: number, height: number): b.Stmt;
}

export type Emitter = (cx: EmitContext) => b.Stmt[];

export const MAX_SAFE = 9007199254740991;

// --- expression helpers
export const slot = (i: number): b.Expr => (i < 0 ? b.unary('void', b.literal(0)) : b.id(`s${i}`));
const top = (cx: EmitContext, k: number): b.Expr => slot(cx.h - k);
const local = (i: number): b.Expr => b.id(`l${i}`);
const helper = (name: string, args: b.Expr[]): b.Expr => b.call(b.id(name), args);
const name = (cx: EmitContext, k = 0): b.Expr => b.index(b.id('N'), cx.arg(k));
const set = (target: b.Expr, value: b.Expr): b.Stmt => b.exprStmt(b.assign(target, value));
const run = (name: string, args: b.Expr[]): b.Stmt => b.exprStmt(helper(name, args));
const T = b.id('t');
const typeIs = (e: b.Expr, type: string): b.Expr => b.binary('===', b.unary('typeof', e), b.literal(type));
const slotsFrom = (from: number, to: number): b.Expr[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => slot(from + i));
const isNull = (e: b.Expr): b.Expr => b.binary('===', e, b.literal(null));
/** A constant as generated code reads it: small ints, bools and None as literals (so V8
 *  folds the checks on them), anything else from the code's constant pool K. */
const constant = (value: unknown, index: number): b.Expr =>
  (typeof value === 'number' && Math.abs(value) <= 0x3fffffff) || typeof value === 'boolean' || value === null
    ? b.literal(value as number | boolean | null)
    : b.index(b.id('K'), index);
const isFalse = (v: b.Expr): b.Expr =>
  b.logical('||', b.binary('===', v, b.literal(false)), b.logical('&&', b.binary('!==', v, b.literal(true)), b.unary('!', helper('truthy', [v]))));
const isTrue = (v: b.Expr): b.Expr =>
  b.logical('||', b.binary('===', v, b.literal(true)), b.logical('&&', b.binary('!==', v, b.literal(false)), helper('truthy', [v])));

// --- stack and variables
const loadFast: Emitter = (cx) => [
  b.ifStmt(b.binary('===', local(cx.arg(0)), b.unary('void', b.literal(0))), [
    set(b.id('pc'), b.literal(cx.pc)),
    run('unboundLocal', [b.index(b.id('V'), cx.arg(0))]),
  ]),
  set(slot(cx.h), local(cx.arg(0))),
];

const deleteFast: Emitter = (cx) => [
  b.ifStmt(b.binary('===', local(cx.arg(0)), b.unary('void', b.literal(0))), [run('unboundLocal', [b.index(b.id('V'), cx.arg(0))])]),
  set(local(cx.arg(0)), b.unary('void', b.literal(0))),
];

const cell = (cx: EmitContext): b.Expr => b.index(b.id('C'), cx.arg(0));
const loadDeref: Emitter = (cx) => [
  set(T, b.member(cell(cx), 'value')),
  b.ifStmt(b.binary('===', T, b.unary('void', b.literal(0))), [run('unboundCell', [b.id('CODE'), b.literal(cx.arg(0))])]),
  set(slot(cx.h), T),
];
const deleteDeref: Emitter = (cx) => [
  b.ifStmt(b.binary('===', b.member(cell(cx), 'value'), b.unary('void', b.literal(0))), [run('unboundCell', [b.id('CODE'), b.literal(cx.arg(0))])]),
  set(b.member(cell(cx), 'value'), b.unary('void', b.literal(0))),
];

const swap: Emitter = (cx) => [set(T, top(cx, 1)), set(top(cx, 1), top(cx, cx.arg(0))), set(top(cx, cx.arg(0)), T)];

// --- attributes
// Instances of most classes are served by a class-wide check inline: the receiver's class
// says (for the current class epoch) that its instances' own dict or __slots__ values answer
// any attribute they hold (PyType.plainRead, plainWrite), or it holds the method in its
// method table (PyType.methods). That works at sites that see many classes (a list of shapes,
// a task queue) as well as at sites that see one. The store is indexed with the site's name,
// which is the same at every execution, so each keyed-property IC sees one key. What the
// check misses (dunder names, __slots__ writes, classes with data descriptors, the first
// access in a new epoch) goes through the site's cache in support.ts; a write site also checks
// the first class it cached inline, which keeps __slots__ writes inline.
const epochNow = (): b.Expr => b.member(b.id('EPOCH'), 'value');
const attrs = (obj: b.Expr): b.Expr => b.member(obj, 'attrs');
/** The instance's attribute store: its dict, or its __slots__ values when it has no dict. */
const store = (obj: b.Expr): b.Expr =>
  b.conditional(b.binary('!==', attrs(obj), b.literal(null)), attrs(obj), b.member(obj, 'slotValues'));
/** `obj`'s class has the class-wide layout `flag` (plainRead or plainWrite) in this epoch. */
const classWide = (obj: b.Expr, flag: 'plainRead' | 'plainWrite'): b.Expr =>
  b.binary('===', b.member(b.member(obj, 'type'), flag), epochNow());
const siteName = (cx: EmitContext): string => cx.code.names[cx.arg(0)]!;

const loadAttr: Emitter = (cx) => {
  const site = cx.site('attr');
  const obj = top(cx, 1);
  const found = (where: b.Expr): b.Expr => b.binary('!==', b.assign(T, b.member(where, name(cx))), b.unary('void', b.literal(0)));
  const viaSite = b.logical('&&', b.binary('!==', b.assign(T, helper('storeToRead', [site, obj, name(cx)])), b.literal(null)), found(T));
  const lookup = isDunder(siteName(cx)) ? viaSite : b.conditional(classWide(obj, 'plainRead'), found(store(obj)), viaSite);
  return [set(obj, b.conditional(b.logical('&&', b.binary('instanceof', obj, b.id('PyInstance')), lookup), T, helper('getAttr', [obj, name(cx)])))];
};

const storeAttr: Emitter = (cx) => {
  const site = cx.site('attr');
  const obj = top(cx, 1);
  const isInstance = b.binary('instanceof', obj, b.id('PyInstance'));
  const viaSite = b.ifStmt(b.logical('&&', isInstance, b.binary('!==', b.assign(T, helper('storeToWrite', [site, obj, name(cx)])), b.literal(null))),
    [set(b.member(T, name(cx)), top(cx, 2))], [run('setAttr', [obj, name(cx), top(cx, 2)])]);
  // The site's inline class (a __slots__ class, typically), checked with the epoch its entry is valid for.
  const inlineClass = b.logical('&&', b.binary('===', b.member(obj, 'type'), b.member(site, 'inline')),
    b.binary('===', b.member(site, 'epoch'), epochNow()));
  const viaInline = b.ifStmt(b.logical('&&', isInstance, inlineClass), [set(b.member(store(obj), name(cx)), top(cx, 2))], [viaSite]);
  if (isDunder(siteName(cx))) return [viaInline];
  return [b.ifStmt(b.logical('&&', isInstance, classWide(obj, 'plainWrite')), [set(b.member(attrs(obj), name(cx)), top(cx, 2))], [viaInline])];
};

/** LOAD_METHOD: the method in the receiver class's method table, unless the object's own dict
 *  (if any) shadows it. */
const loadMethod: Emitter = (cx) => {
  const site = cx.site('method');
  const obj = top(cx, 1);
  const type = b.member(obj, 'type');
  // No attribute dict (null, or none at all for built-in objects), or no entry of the name in it.
  const unshadowed = b.logical('||', b.binary('==', b.assign(T, attrs(obj)), b.literal(null)),
    b.binary('===', b.member(T, name(cx)), b.unary('void', b.literal(0))));
  const known = b.binary('!==', b.assign(T, b.member(b.member(type, 'methods'), name(cx))), b.unary('void', b.literal(0)));
  const inline = b.logical('&&', b.binary('instanceof', obj, b.id('PyObject')),
    b.logical('&&', b.binary('===', b.member(type, 'methodsEpoch'), epochNow()), b.logical('&&', unshadowed, known)));
  return [b.ifStmt(inline, [set(slot(cx.h), obj), set(obj, T)], [
    set(T, helper('loadMethodAt', [site, obj, name(cx)])),
    b.ifStmt(b.binary('!==', T, b.unary('void', b.literal(0))),
      [set(slot(cx.h), obj), set(obj, T)],
      [set(obj, helper('getAttr', [obj, name(cx)])), set(slot(cx.h), b.unary('void', b.literal(0)))]),
  ])];
};

/** `container` is an exact `cls` (PyList or PyTuple; a subclass may define __getitem__) and
 *  `key` an index within its items. */
const indexOk = (cls: 'PyList' | 'PyTuple', container: b.Expr, key: b.Expr): b.Expr =>
  b.logical('&&', b.binary('instanceof', container, b.id(cls)),
    b.logical('&&', b.binary('===', b.member(container, 'type'), b.id(cls === 'PyList' ? 'LIST' : 'TUPLE')),
      b.logical('&&', typeIs(key, 'number'),
        b.logical('&&', b.binary('>=', key, b.literal(0)), b.binary('<', key, b.member(b.member(container, 'items'), 'length'))))));
const listIndexOk = (container: b.Expr, key: b.Expr): b.Expr => indexOk('PyList', container, key);

/** `container` is an exact dict (a subclass may define __getitem__ or __missing__). */
const isDict = (container: b.Expr): b.Expr =>
  b.logical('&&', b.binary('instanceof', container, b.id('PyDict')), b.binary('===', b.member(container, 'type'), b.id('DICT')));

/** container[key]: inline for the containers the interpreter saw here (a list or tuple item,
 *  a dict entry; lists and tuples when nothing was seen), anything else through getItem. */
const binarySubscr: Emitter = (cx) => {
  const container = top(cx, 2);
  const key = top(cx, 1);
  const slow = set(container, helper('getItem', [container, key]));
  const seen = cx.seen & 0xffff;
  if (seen === TypeBit.Dict) {
    const dict = isDict(container);
    const found = b.binary('!==', b.assign(T, b.call(b.member(b.member(container, 'table'), 'get'), [key])), b.unary('void', b.literal(0)));
    return [b.ifStmt(b.logical('&&', dict, found), [set(container, T)], [slow])];
  }
  const item = set(container, b.member(b.member(container, 'items'), key));
  if (seen === TypeBit.List) return [b.ifStmt(listIndexOk(container, key), [item], [slow])];
  if (seen === TypeBit.Tuple) return [b.ifStmt(indexOk('PyTuple', container, key), [item], [slow])];
  if (seen !== 0 && (seen & (TypeBit.List | TypeBit.Tuple)) === 0) return [slow];
  return [b.ifStmt(b.logical('||', listIndexOk(container, key), indexOk('PyTuple', container, key)), [item], [slow])];
};

/** container[key] = value: a dict entry inline where the interpreter saw only dicts, a list
 *  item unless it saw only other containers. */
const storeSubscr: Emitter = (cx) => {
  const slow = run('setItem', [top(cx, 2), top(cx, 1), top(cx, 3)]);
  if (cx.seen === TypeBit.Dict) {
    return [b.ifStmt(isDict(top(cx, 2)), [b.exprStmt(b.call(b.member(b.member(top(cx, 2), 'table'), 'set'), [top(cx, 1), top(cx, 3)]))], [slow])];
  }
  if (cx.seen !== 0 && (cx.seen & TypeBit.List) === 0) return [slow];
  return [b.ifStmt(listIndexOk(top(cx, 2), top(cx, 1)), [set(b.member(b.member(top(cx, 2), 'items'), top(cx, 1)), top(cx, 3))], [slow])];
};

// --- operators
/** + and - on two ints stay inline while the result is a safe integer (as in the interpreter). */
const binaryOp: Emitter = (cx) => {
  const op = cx.arg(0);
  const a = top(cx, 2);
  const r = top(cx, 1);
  const slow = set(a, helper('binaryAt', [cx.site('binary'), b.literal(op), a, r]));
  const jsOp = op === 0 || op === 13 ? '+' : op === 10 || op === 23 ? '-' : null;
  if (jsOp === null) return [slow];
  return [b.ifStmt(b.logical('&&', typeIs(a, 'number'), typeIs(r, 'number')), [
    set(T, b.binary(jsOp, a, r)),
    b.ifStmt(b.logical('&&', b.binary('<=', T, b.literal(MAX_SAFE)), b.binary('>=', T, b.literal(-MAX_SAFE))), [set(a, T)], [slow]),
  ], [slow])];
};

/** COMPARE_OP ids as JS operators (on numbers). */
export const COMPARE_JS = ['<', '<=', '===', '!==', '>', '>='];
/** COMPARE_OP without speculation: two ints inline, and for == and != two strs where the
 *  interpreter saw strs (str equality is value equality; the ordering ops compare code
 *  points, not UTF-16 units, so they stay in compareSlow). */
const compareOp: Emitter = (cx) => {
  const a = top(cx, 2);
  const r = top(cx, 1);
  const op = cx.arg(0);
  const slow = helper('compareSlow', [b.literal(op), a, r]);
  const strs = (op === 2 || op === 3) && (cx.seen & (TypeBit.Str | (TypeBit.Str << 16))) !== 0;
  const type = strs ? 'string' : 'number';
  return [set(a, b.conditional(b.logical('&&', typeIs(a, type), typeIs(r, type)), b.binary(COMPARE_JS[op]!, a, r), slow))];
};

const unaryWith = (fn: string): Emitter => (cx) => [set(top(cx, 1), helper(fn, [top(cx, 1)]))];

// --- control flow
const branchIf = (test: (v: b.Expr) => b.Expr): Emitter => (cx) => [b.ifStmt(test(top(cx, 1)), cx.jump(cx.arg(0)))];

/** `t = next(it)` (undefined when exhausted): list and range iterators step inline. */
export const iterNextInto = (it: b.Expr): b.Stmt[] => {
  const items = b.member(b.member(it, 'list'), 'items');
  const index = b.member(it, 'index');
  const value = b.member(it, 'value');
  const inList = b.logical('&&', b.binary('instanceof', it, b.id('PyListIterator')), b.binary('<', index, b.member(items, 'length')));
  const inRange = b.conditional(b.binary('>', b.member(it, 'step'), b.literal(0)),
    b.binary('<', T, b.member(it, 'stop')), b.binary('>', T, b.member(it, 'stop')));
  const postIncrement = b.binary('-', b.assign(index, b.literal(1), '+='), b.literal(1));
  return [b.ifStmt(inList, [set(T, b.member(items, postIncrement))], [
    b.ifStmt(b.binary('instanceof', it, b.id('PyRangeIterator')), [
      set(T, value),
      b.ifStmt(inRange, [set(value, b.binary('+', T, b.member(it, 'step')))], [set(T, b.unary('void', b.literal(0)))]),
    ], [set(T, helper('iterNext', [it]))]),
  ])];
};

const forIter: Emitter = (cx) => [
  ...iterNextInto(top(cx, 1)),
  b.ifStmt(b.binary('===', T, b.unary('void', b.literal(0))), cx.jump(cx.arg(0))),
  set(slot(cx.h), T),
];

/** SEND: the delegate of `yield from` yields (its value is pushed) or returns (its value
 *  replaces the delegate and the loop ends at the target). */
const send: Emitter = (cx) => [
  set(T, helper('send', [top(cx, 2), top(cx, 1)])),
  b.ifStmt(b.member(T, 'done'), [set(top(cx, 2), b.member(T, 'value')), ...cx.jump(cx.arg(0))]),
  set(top(cx, 1), b.member(T, 'value')),
];

// --- calls

/** Calls with at most this many positional arguments (after self, for a method) may take a
 *  native's fixed entry (FixedNative, FixedMethod). */
const MAX_FIXED_ARGS = 3;
const MAX_FIXED_METHOD_ARGS = 2;

/** `(f.fixedArities & 1 << n) !== 0`: native f has a fixed entry for n arguments. */
const hasFixedEntry = (f: b.Expr, n: number): b.Expr =>
  b.binary('!==', b.binary('&', b.member(f, 'fixedArities'), b.literal(1 << n)), b.literal(0));

/** `f = f.direct(f, ...args)` for a compiled Python function of that arity, when the stack
 *  is shallow enough; `otherwise` for anything else. */
const directOr = (f: b.Expr, args: b.Expr[], otherwise: b.Stmt[]): b.Stmt => b.ifStmt(
  b.logical('&&', b.binary('instanceof', f, b.id('PyFunction')), b.logical('&&',
    b.binary('===', b.member(f, 'directArity'), b.literal(args.length)),
    b.binary('<', b.member(b.id('realm'), 'depth'), b.id('DEPTH_LIMIT')))),
  [set(f, b.call(b.member(f, 'direct'), [f, ...args]))], otherwise);

/** `f = f(...args)`: a compiled Python function is entered from the call site itself (its own
 *  call IC, so V8 can inline the callee) while the guest stack is shallower than DEPTH_LIMIT
 *  (compiled frames live on the JS stack): with positional arguments only, its positional
 *  body when the count is its arity, else its argument-array entry. A native function (or a
 *  built-in class such as str) with a fixed entry for the count is called without an
 *  argument array. Anything else goes through callValue. `kw` is null for a call without
 *  keywords; `natives` is false where f cannot be a native function. */
const callInto = (f: b.Expr, args: b.Expr[], kw: b.Expr | null, natives = true): b.Stmt => {
  const shallow = b.binary('<', b.member(b.id('realm'), 'depth'), b.id('DEPTH_LIMIT'));
  const fallback = [set(f, helper('callValue', [f, b.array(args), kw ?? b.literal(null)]))];
  if (kw === null) {
    const isNative = b.logical('||', b.binary('instanceof', f, b.id('PyBuiltinFunction')), b.binary('instanceof', f, b.id('PyType')));
    const native = !natives || args.length > MAX_FIXED_ARGS ? fallback : [b.ifStmt(
      b.logical('&&', isNative, hasFixedEntry(f, args.length)),
      [set(f, b.call(b.member(f, 'fixed'), args))], fallback)];
    return directOr(f, args, native);
  }
  const entered = b.logical('&&', b.binary('instanceof', f, b.id('PyFunction')),
    b.logical('&&', b.binary('!==', b.member(f, 'entry'), b.literal(null)), shallow));
  return b.ifStmt(entered, [set(f, b.call(b.member(f, 'entry'), [f, b.array(args), b.literal(0), b.literal(args.length), kw]))], fallback);
};

const callKwnames = (cx: EmitContext, withKw: boolean): b.Expr | null => (withKw ? cx.kwnames(cx.arg(1)) : null);

const callPlain = (withKw: boolean): Emitter => (cx) => {
  const base = cx.h - cx.arg(0) - 1;
  const f = slot(base);
  const args = slotsFrom(base + 1, cx.h);
  const kw = callKwnames(cx, withKw);
  // Where the interpreter saw only Python functions, the call site has that path alone
  // before callValue (smaller code for V8).
  if (kw === null && cx.seen === CalleeBit.Function) return [directOr(f, args, [set(f, helper('callValue', [f, b.array(args), b.literal(null)]))])];
  return [callInto(f, args, kw)];
};
/** CALL_METHOD: `self` is undefined when LOAD_METHOD pushed an attribute value and NULL;
 *  a native method takes self apart (through its fixed entry when it has one for the count:
 *  LOAD_METHOD only yields a native method found on a class its owner is a base of), anything
 *  else gets it as the first argument. */
const callMethod = (withKw: boolean): Emitter => (cx) => {
  const base = cx.h - cx.arg(0) - 2;
  const m = slot(base);
  const self = slot(base + 1);
  const kw = callKwnames(cx, withKw);
  const args = slotsFrom(base + 2, cx.h);
  const generic = set(m, helper('callDescriptor', [m, self, b.array(args), kw ?? b.literal(null)]));
  const native = kw !== null || args.length > MAX_FIXED_METHOD_ARGS ? generic
    : b.ifStmt(hasFixedEntry(m, args.length), [set(m, b.call(b.member(m, 'fixed'), [self, ...args]))], [generic]);
  const call = (kw === null ? callMethodSeen(cx.seen, m, self, args) : null) ?? b.ifStmt(b.binary('===', self, b.unary('void', b.literal(0))),
    [callInto(m, args, kw)],
    [b.ifStmt(b.binary('instanceof', m, b.id('PyMethodDescriptor')),
      [native],
      // LOAD_METHOD pushes self only with a Python function or a native method.
      [callInto(m, slotsFrom(base + 1, cx.h), kw, false)])]);
  if (kw !== null || cx.arg(0) !== 1) return [call];
  // lst.append(x), as CPython 3.11 specializes it: the list's own append, on a list.
  const append = b.logical('&&', b.binary('===', m, b.id('LIST_APPEND')), b.binary('instanceof', self, b.id('PyList')));
  return [b.ifStmt(append, [b.exprStmt(b.call(b.member(b.member(self, 'items'), 'push'), [slot(base + 2)])), set(m, b.literal(null))], [call])];
};

/** CALL_METHOD where the interpreter saw one kind of callee (CalleeBit): a Python method
 *  (entered through its positional body) or a native method with a fixed entry for the count,
 *  with everything else through callMethodAt; null for mixed or no feedback. */
function callMethodSeen(seen: number, m: b.Expr, self: b.Expr, args: b.Expr[]): b.Stmt | null {
  const generic = [set(m, helper('callMethodAt', [m, self, b.array(args), b.literal(null)]))];
  const hasSelf = b.binary('!==', self, b.unary('void', b.literal(0)));
  if (seen === CalleeBit.Function) {
    return b.ifStmt(hasSelf, [directOr(m, [self, ...args], generic)], generic);
  }
  if (seen === CalleeBit.Descriptor && args.length <= MAX_FIXED_METHOD_ARGS) {
    const fixed = b.logical('&&', hasSelf, b.logical('&&', b.binary('instanceof', m, b.id('PyMethodDescriptor')), hasFixedEntry(m, args.length)));
    return b.ifStmt(fixed, [set(m, b.call(b.member(m, 'fixed'), [self, ...args]))], generic);
  }
  return null;
}

const makeFunction: Emitter = (cx) => {
  const flags = cx.arg(0);
  const n = makeFunctionOperands(flags);
  return [set(top(cx, n), helper('makeFunction', [b.id('G'), b.literal(flags), b.array(slotsFrom(cx.h - n, cx.h))]))];
};

// --- containers
const build = (make: (items: b.Expr[], cx: EmitContext) => b.Expr, width = 1): Emitter => (cx) => {
  const n = cx.arg(0) * width;
  return [set(slot(cx.h - n), make(slotsFrom(cx.h - n, cx.h), cx))];
};

const formatValue: Emitter = (cx) => {
  const flags = cx.arg(0);
  if ((flags & 4) === 0) return [set(top(cx, 1), helper('formatValue', [top(cx, 1), b.literal(flags & 3), b.literal('')]))];
  const spec = helper('expectString', [top(cx, 1), b.literal('FORMAT_VALUE spec')]);
  return [set(top(cx, 2), helper('formatValue', [top(cx, 2), b.literal(flags & 3), spec]))];
};

/** UNPACK_SEQUENCE / UNPACK_EX: items pushed so that the first ends on top. A tuple of the
 *  right length (the common `for k, v in pairs`) is unpacked inline. */
const unpack = (cx: EmitContext, count: number, before: number, after: number): b.Stmt[] => [
  set(T, after >= 0 ? helper('unpack', [top(cx, 1), b.literal(before), b.literal(after)])
    : b.conditional(b.logical('&&', b.binary('instanceof', top(cx, 1), b.id('PyTuple')),
      b.logical('&&', b.binary('===', b.member(top(cx, 1), 'type'), b.id('TUPLE')),
        b.binary('===', b.member(b.member(top(cx, 1), 'items'), 'length'), b.literal(count)))),
    b.member(top(cx, 1), 'items'), helper('unpack', [top(cx, 1), b.literal(before), b.literal(after)]))),
  ...Array.from({ length: count }, (_, j) => set(slot(cx.h - 1 + j), b.index(T, count - 1 - j))),
];

const extend: Emitter = (cx) => {
  const i = cx.arg(0);
  return [run('extendContainer', [b.literal(cx.code.code[cx.pc]!), slot(cx.h - 1 - i), top(cx, 1), slot(cx.h - 3 - i)])];
};

// --- exceptions
const raiseVarargs: Emitter = (cx) => {
  const n = cx.arg(0);
  if (n === 0) return [set(b.id('rr'), b.literal(true)), b.throwStmt(helper('currentException', [b.id('realm')]))];
  const cause = n === 2 ? top(cx, 1) : b.unary('void', b.literal(0));
  return [b.throwStmt(helper('makeRaisable', [top(cx, n), cause]))];
};

const pushExcInfo: Emitter = (cx) => [
  set(T, helper('expectException', [top(cx, 1), b.literal('PUSH_EXC_INFO')])),
  set(top(cx, 1), b.member(b.id('realm'), 'handledException')),
  set(slot(cx.h), T),
  set(b.member(b.id('realm'), 'handledException'), T),
];

const beforeWith: Emitter = (cx) => [
  set(T, helper('enterContext', [top(cx, 1)])),
  set(top(cx, 1), b.index(T, 0)),
  set(slot(cx.h), b.index(T, 1)),
];

const globalsTable = b.member(b.id('G'), 'table');
/** LOAD_GLOBAL through the site's cache (support.ts loadGlobal: a version check V8 inlines,
 *  and a refill when either dict has gained or lost names since). */
const loadGlobal: Emitter = (cx) => [
  set(slot(cx.h), helper('loadGlobal', [cx.site('global'), b.id('G'), b.member(b.id('realm'), 'builtins'), name(cx)])),
];
const storeGlobal: Emitter = (cx) => [b.exprStmt(b.call(b.member(globalsTable, 'set'), [name(cx), top(cx, 1)]))];
const deleteGlobal: Emitter = (cx) => [run('deleteGlobal', [b.id('G'), name(cx)])];

/** Every opcode: its emitter, or the reason a function using it stays interpreted. */
export const EMITTERS: { readonly [K in OpcodeName]: Emitter | BailoutReason } = {
  NOP: () => [],
  POP_TOP: () => [],
  COPY: (cx) => [set(slot(cx.h), top(cx, cx.arg(0)))],
  SWAP: swap,
  LOAD_CONST: (cx) => [set(slot(cx.h), constant(cx.code.consts[cx.arg(0)], cx.arg(0)))],
  LOAD_FAST: loadFast,
  STORE_FAST: (cx) => [set(local(cx.arg(0)), top(cx, 1))],
  DELETE_FAST: deleteFast,
  LOAD_GLOBAL: loadGlobal,
  STORE_GLOBAL: storeGlobal,
  DELETE_GLOBAL: deleteGlobal,
  // Only module bodies reach these (class bodies stay interpreted), and a module body's
  // namespace is its globals: the global instructions' semantics exactly.
  LOAD_NAME: loadGlobal,
  STORE_NAME: storeGlobal,
  DELETE_NAME: deleteGlobal,
  LOAD_DEREF: loadDeref,
  STORE_DEREF: (cx) => [set(b.member(cell(cx), 'value'), top(cx, 1))],
  DELETE_DEREF: deleteDeref,
  LOAD_CLOSURE: (cx) => [set(slot(cx.h), cell(cx))],
  LOAD_CLASSDEREF: 'CLASSDEREF',
  LOAD_ATTR: loadAttr,
  STORE_ATTR: storeAttr,
  DELETE_ATTR: (cx) => [run('delAttr', [top(cx, 1), name(cx)])],
  LOAD_METHOD: loadMethod,
  BINARY_SUBSCR: binarySubscr,
  STORE_SUBSCR: storeSubscr,
  DELETE_SUBSCR: (cx) => [run('delItem', [top(cx, 2), top(cx, 1)])],
  BUILD_SLICE: build((items, cx) => b.newExpr(b.id('PySlice'), [items[0]!, items[1]!, cx.arg(0) === 3 ? items[2]! : b.literal(null)])),
  BINARY_OP: binaryOp,
  COMPARE_OP: compareOp,
  IS_OP: (cx) => [set(top(cx, 2), b.binary(cx.arg(0) ? '!==' : '===', top(cx, 2), top(cx, 1)))],
  CONTAINS_OP: (cx) => {
    const found = helper('contains', [top(cx, 1), top(cx, 2)]);
    return [set(top(cx, 2), cx.arg(0) ? b.unary('!', found) : found)];
  },
  UNARY_NEGATIVE: unaryWith('unaryNegative'),
  UNARY_POSITIVE: unaryWith('unaryPositive'),
  UNARY_INVERT: unaryWith('unaryInvert'),
  UNARY_NOT: (cx) => [set(top(cx, 1), b.conditional(typeIs(top(cx, 1), 'boolean'), b.unary('!', top(cx, 1)), b.unary('!', helper('truthy', [top(cx, 1)]))))],
  JUMP_FORWARD: (cx) => cx.jump(cx.arg(0)),
  // A safepoint, as in the interpreter: interrupts and the step budget reach compiled loops.
  JUMP_BACKWARD: (cx) => [
    b.ifStmt(b.binary('<=', b.unary('--', b.member(b.id('realm'), 'ticks')), b.literal(0)), [run('safepoint', [])]),
    ...cx.jump(cx.arg(0)),
  ],
  POP_JUMP_IF_FALSE: branchIf(isFalse),
  POP_JUMP_IF_TRUE: branchIf(isTrue),
  POP_JUMP_IF_NONE: branchIf(isNull),
  POP_JUMP_IF_NOT_NONE: branchIf((v) => b.unary('!', isNull(v))),
  JUMP_IF_FALSE_OR_POP: (cx) => [b.ifStmt(b.unary('!', helper('truthy', [top(cx, 1)])), cx.jump(cx.arg(0)))],
  JUMP_IF_TRUE_OR_POP: (cx) => [b.ifStmt(helper('truthy', [top(cx, 1)]), cx.jump(cx.arg(0)))],
  GET_ITER: unaryWith('getIter'),
  FOR_ITER: forIter,
  RETURN_VALUE: (cx) => [b.returnStmt(top(cx, 1))],
  CALL: callPlain(false),
  CALL_KW: callPlain(true),
  CALL_METHOD: callMethod(false),
  CALL_METHOD_KW: callMethod(true),
  CALL_FUNCTION_EX: (cx) => [set(top(cx, 3), helper('callEx', [top(cx, 3), top(cx, 2), top(cx, 1)]))],
  MAKE_FUNCTION: makeFunction,
  LOAD_BUILD_CLASS: (cx) => [set(slot(cx.h), b.call(b.member(b.member(b.member(b.id('realm'), 'builtins'), 'table'), 'get'), [b.literal('__build_class__')]))],
  BUILD_TUPLE: build((items) => b.newExpr(b.id('PyTuple'), [b.array(items)])),
  BUILD_LIST: build((items) => b.newExpr(b.id('PyList'), [b.array(items)])),
  BUILD_SET: build((items) => helper('buildSet', [b.array(items)])),
  BUILD_MAP: build((items) => helper('buildMap', [b.array(items)]), 2),
  BUILD_CONST_KEY_MAP: (cx) => {
    const n = cx.arg(0);
    return [set(slot(cx.h - n - 1), helper('buildConstKeyMap', [b.array(slotsFrom(cx.h - n - 1, cx.h - 1)), top(cx, 1)]))];
  },
  BUILD_STRING: build((items) => helper('buildString', [b.array(items)])),
  FORMAT_VALUE: formatValue,
  LIST_APPEND: (cx) => [run('listAppend', [slot(cx.h - 1 - cx.arg(0)), top(cx, 1)])],
  SET_ADD: (cx) => [run('setAdd', [slot(cx.h - 1 - cx.arg(0)), top(cx, 1)])],
  MAP_ADD: (cx) => [run('mapAdd', [slot(cx.h - 2 - cx.arg(0)), top(cx, 2), top(cx, 1)])],
  LIST_EXTEND: extend,
  SET_UPDATE: extend,
  DICT_UPDATE: extend,
  DICT_MERGE: extend,
  LIST_TO_TUPLE: unaryWith('listToTuple'),
  UNPACK_SEQUENCE: (cx) => unpack(cx, cx.arg(0), cx.arg(0), -1),
  UNPACK_EX: (cx) => unpack(cx, cx.arg(0) + 1 + cx.arg(1), cx.arg(0), cx.arg(1)),
  RAISE_VARARGS: raiseVarargs,
  RERAISE: (cx) => [set(T, helper('expectException', [top(cx, 1), b.literal('RERAISE')])), set(b.id('rr'), b.literal(true)), b.throwStmt(T)],
  PUSH_EXC_INFO: pushExcInfo,
  POP_EXCEPT: (cx) => [set(b.member(b.id('realm'), 'handledException'), helper('expectExceptionOrNone', [top(cx, 1), b.literal('POP_EXCEPT')]))],
  CHECK_EXC_MATCH: (cx) => [set(top(cx, 1), helper('exceptionMatches', [helper('expectException', [top(cx, 2), b.literal('CHECK_EXC_MATCH')]), top(cx, 1)]))],
  LOAD_ASSERTION_ERROR: (cx) => [set(slot(cx.h), b.id('AssertionError'))],
  BEFORE_WITH: beforeWith,
  WITH_EXCEPT_START: (cx) => [set(slot(cx.h), helper('withExceptStart', [top(cx, 3), top(cx, 1)]))],
  // Generators only: the generator variant emits YIELD_VALUE itself (jit/codegen.ts).
  YIELD_VALUE: 'YIELD',
  GET_YIELD_FROM_ITER: unaryWith('yieldFromIter'),
  SEND: send,
  IMPORT_NAME: (cx) => [set(top(cx, 2), helper('importName', [b.id('realm'), name(cx), top(cx, 1)]))],
  IMPORT_FROM: (cx) => [set(slot(cx.h), helper('importFromValue', [top(cx, 1), name(cx)]))],
  IMPORT_STAR: 'IMPORT_STAR',
};

// Calls and star-unpacking displays for the Pyta compiler (CPython 3.11's compiler_call,
// maybe_optimize_method_call, compiler_call_helper and starunpack_helper). Plain calls use
// CALL/CALL_KW, attribute calls LOAD_METHOD/CALL_METHOD(_KW), and any `*x` or `**y` builds an
// argument tuple and a keyword dict for CALL_FUNCTION_EX. Zero-argument super() is made explicit.

import { Op } from '../../bytecode/opcodes.js';
import { defineBuiltinTypes } from '../../runtime/builtins/index.js';
import { displayFrozenset } from '../../runtime/builtins/set-order.js';
import { PyTuple, type PyValue } from '../../runtime/values.js';
import type * as ast from './ast.js';
import type { Compiler } from './compiler.js';
import { foldConstant } from './compile-constants.js';
import { lineOfAttr, visitExpr } from './compile-expressions.js';
import { DEF_BOUND, DEF_GLOBAL } from './symtable.js';

export type DisplayKind = 'list' | 'set' | 'tuple';

/** CPython's STACK_USE_GUIDELINE: displays longer than this are built incrementally. */
export const STACK_USE_GUIDELINE = 30;

export function visitCall(c: Compiler, e: ast.Call): void {
  validateKeywords(c, e, e.keywords);
  if (compileSuperCall(c, e)) return;
  if (compileMethodCall(c, e)) return;
  visitExpr(c, e.func);
  callHelper(c, e, 0, e.args, e.keywords);
}

/** Keyword names must be distinct and must not be __debug__ (CPython's validate_keywords). */
export function validateKeywords(c: Compiler, at: ast.Call | ast.ClassDef, keywords: readonly ast.Keyword[]): void {
  keywords.forEach((kw, i) => {
    if (kw.arg === null) return;
    if (kw.arg === '__debug__') throw c.error(at, 'cannot assign to __debug__');
    const repeated = keywords.slice(i + 1).find((other) => other.arg === kw.arg);
    if (repeated) throw c.error(repeated, `keyword argument repeated: ${kw.arg}`);
  });
}

function hasStars(args: readonly ast.Expr[], keywords: readonly ast.Keyword[]): boolean {
  return args.some((a) => a.type === 'Starred') || keywords.some((k) => k.arg === null);
}

/** `obj.m(a, k=v)` without stars: LOAD_METHOD keeps the receiver for CALL_METHOD. */
function compileMethodCall(c: Compiler, e: ast.Call): boolean {
  const meth = e.func;
  if (meth.type !== 'Attribute' || meth.ctx !== 'Load' || hasStars(e.args, e.keywords)) return false;
  visitExpr(c, meth.value);
  const saved = c.line;
  lineOfAttr(c, meth);
  c.emit(Op.LOAD_METHOD, c.nameIndex(meth.attr));
  for (const arg of e.args) visitExpr(c, arg);
  for (const kw of e.keywords) visitExpr(c, kw.value);
  const argc = e.args.length + e.keywords.length;
  if (e.keywords.length === 0) c.emit(Op.CALL_METHOD, argc);
  else c.emit(Op.CALL_METHOD_KW, argc, keywordNames(c, e.keywords));
  c.line = saved;
  return true;
}

/**
 * Zero-argument `super()` in a function nested in a class compiles to
 * `super(__class__, <first parameter>)`, the frame inspection CPython's super() does.
 * Only when `super` is the builtin (not bound anywhere visible) and the function has a
 * positional parameter; otherwise the call stays as written.
 */
function compileSuperCall(c: Compiler, e: ast.Call): boolean {
  if (e.func.type !== 'Name' || e.func.id !== 'super' || e.args.length > 0 || e.keywords.length > 0) return false;
  const u = c.unit;
  const scope = u.scope;
  if (!scope.isFunction || scope.scopeOf('super') !== 'global-implicit') return false;
  if (c.table.top.flags('super') & (DEF_BOUND | DEF_GLOBAL)) return false;
  if (scope.scopeOf('__class__') !== 'free' || (u.builder.header.argCount ?? 0) === 0) return false;
  const self = scope.params[0]!;
  c.emit(Op.LOAD_GLOBAL, u.builder.name('super'));
  c.emit(Op.LOAD_DEREF, u.builder.cell('__class__'));
  if (scope.scopeOf(self) === 'cell') c.emit(Op.LOAD_DEREF, u.builder.cell(self));
  else c.emit(Op.LOAD_FAST, u.builder.local(self));
  c.emit(Op.CALL, 2);
  return true;
}

/** Const index of the keyword-name tuple of CALL_KW / CALL_METHOD_KW. */
function keywordNames(c: Compiler, keywords: readonly ast.Keyword[]): number {
  return c.constIndex(new PyTuple(keywords.map((k) => k.arg!)));
}

/**
 * Calls the callable below `pushed` already-pushed positional arguments (the class builder
 * passes 2: the body function and the name) with `args` and `keywords`.
 */
export function callHelper(
  c: Compiler, at: ast.Call | ast.ClassDef, pushed: number, args: readonly ast.Expr[], keywords: readonly ast.Keyword[],
): void {
  validateKeywords(c, at, keywords);
  if (hasStars(args, keywords)) return callWithStars(c, pushed, args, keywords);
  for (const arg of args) visitExpr(c, arg);
  for (const kw of keywords) visitExpr(c, kw.value);
  const argc = pushed + args.length + keywords.length;
  if (keywords.length === 0) c.emit(Op.CALL, argc);
  else c.emit(Op.CALL_KW, argc, keywordNames(c, keywords));
}

/** CALL_FUNCTION_EX: a positional tuple, then a fresh keyword dict (or None). */
function callWithStars(c: Compiler, pushed: number, args: readonly ast.Expr[], keywords: readonly ast.Keyword[]): void {
  if (pushed === 0 && args.length === 1 && args[0]!.type === 'Starred') {
    // f(*x): x itself goes to CALL_FUNCTION_EX, which converts it and names f in its error.
    visitExpr(c, args[0].value);
  } else {
    starUnpack(c, args, pushed, 'tuple');
  }
  if (keywords.length === 0) c.loadConst(null);
  else keywordDict(c, keywords);
  c.emit(Op.CALL_FUNCTION_EX);
}

/** Runs of `k=v` become BUILD_MAP; each `**m` is merged with DICT_MERGE (repeats are errors). */
function keywordDict(c: Compiler, keywords: readonly ast.Keyword[]): void {
  let haveDict = false;
  let run: ast.Keyword[] = [];
  const flush = (): void => {
    for (const kw of run) {
      c.loadConst(kw.arg!);
      visitExpr(c, kw.value);
    }
    c.emit(Op.BUILD_MAP, run.length);
    if (haveDict) c.emit(Op.DICT_MERGE, 1);
    haveDict = true;
    run = [];
  };
  for (const kw of keywords) {
    if (kw.arg !== null) {
      run.push(kw);
      continue;
    }
    if (run.length > 0) flush();
    if (!haveDict) c.emit(Op.BUILD_MAP, 0);
    haveDict = true;
    visitExpr(c, kw.value);
    c.emit(Op.DICT_MERGE, 1);
  }
  if (run.length > 0) flush();
}

/** A set display of three or more constants is an empty set updated from a frozenset
 *  constant, as CPython compiles it; its iteration order then follows that constant's layout. */
function constantSetDisplay(c: Compiler, elts: readonly ast.Expr[]): boolean {
  const items: PyValue[] = [];
  for (const elt of elts) {
    const value = elt.type === 'Starred' ? undefined : foldConstant(c, elt);
    if (value === undefined) return false;
    items.push(value);
  }
  defineBuiltinTypes();
  c.emit(Op.BUILD_SET, 0);
  c.loadConst(displayFrozenset(items));
  c.emit(Op.SET_UPDATE, 1);
  return true;
}

/**
 * A list, set or tuple display (or a call's positional tuple), CPython's starunpack_helper:
 * without `*x` the items are built at once; otherwise the container is built from the items
 * before the first star and extended/appended, a tuple converted at the end. `pushed` items
 * already on the stack become the first elements.
 */
export function starUnpack(c: Compiler, elts: readonly ast.Expr[], pushed: number, kind: DisplayKind): void {
  const build = kind === 'set' ? Op.BUILD_SET : Op.BUILD_LIST;
  const add = kind === 'set' ? Op.SET_ADD : Op.LIST_APPEND;
  const extend = kind === 'set' ? Op.SET_UPDATE : Op.LIST_EXTEND;
  // Long displays are built incrementally so the value stack stays small (CPython's `big`).
  const big = pushed + elts.length > STACK_USE_GUIDELINE;
  if (kind === 'set' && pushed === 0 && elts.length > 2 && constantSetDisplay(c, elts)) return;
  if (!big && !elts.some((e) => e.type === 'Starred')) {
    for (const elt of elts) visitExpr(c, elt);
    c.emit(kind === 'tuple' ? Op.BUILD_TUPLE : build, pushed + elts.length);
    return;
  }
  if (big) c.emit(build, pushed);
  let built = big;
  elts.forEach((elt, i) => {
    if (elt.type === 'Starred') {
      if (!built) c.emit(build, pushed + i);
      built = true;
      visitExpr(c, elt.value);
      c.emit(extend, 1);
      return;
    }
    visitExpr(c, elt);
    if (built) c.emit(add, 1);
  });
  if (kind === 'tuple') c.emit(Op.LIST_TO_TUPLE);
}

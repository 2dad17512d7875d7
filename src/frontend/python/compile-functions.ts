// Code objects for the Pyta compiler: the module body, functions, lambdas, class bodies and
// comprehensions (nested functions taking the outermost iterator as `.0`, as in CPython 3.11),
// and the MAKE_FUNCTION sequences that turn them into values: defaults tuple, keyword-defaults
// dict, annotations dict, closure tuple of cells, code. Decorators are evaluated first and applied innermost first.

import type { CodeObject } from '../../bytecode/code-object.js';
import { Op } from '../../bytecode/opcodes.js';
import { PyTuple } from '../../runtime/values.js';
import type * as ast from './ast.js';
import type { Compiler } from './compiler.js';
import { hasAnnotations, setupAnnotations, visitFunctionAnnotations } from './compile-annotations.js';
import { callHelper } from './compile-calls.js';
import { foldTuple } from './compile-constants.js';
import { jumpIf, visitExpr } from './compile-expressions.js';
import { visitStmts } from './compile-statements.js';
import { compileStore } from './compile-targets.js';

type ComprehensionNode = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

const MAKE_DEFAULTS = 1;
const MAKE_KWDEFAULTS = 2;
const MAKE_CLOSURE = 8;

/** The module code: body, then `return None`. */
export function compileModuleCode(c: Compiler, module: ast.Module): CodeObject {
  c.enterUnit(c.table.top, { name: '<module>', firstLineNo: 1 });
  compileBody(c, module.body);
  c.loadConst(null);
  c.emit(Op.RETURN_VALUE);
  return c.exitUnit();
}

/** The string of a leading docstring statement, or null. */
function docstringOf(body: readonly ast.Stmt[]): string | null {
  const first = body[0];
  if (first?.type !== 'Expr' || first.value.type !== 'Constant') return null;
  const value = first.value.value;
  return value.kind === 'str' ? value.value : null;
}

/** A module or class body: a docstring is stored as `__doc__` (CPython's compiler_body). */
function compileBody(c: Compiler, body: readonly ast.Stmt[]): void {
  if (hasAnnotations(body)) setupAnnotations(c);
  const doc = docstringOf(body);
  if (doc === null) return visitStmts(c, body);
  c.line = body[0]!.lineno;
  c.loadConst(doc);
  c.nameOp('__doc__', 'Store', body[0]!);
  visitStmts(c, body.slice(1));
}

/** Pushes the closure tuple if `code` has free variables, then the code; MAKE_FUNCTION. */
function makeFunction(c: Compiler, code: CodeObject, flags: number): void {
  if (code.freevars.length > 0) {
    for (const name of code.freevars) c.emit(Op.LOAD_CLOSURE, c.unit.builder.cell(name));
    c.emit(Op.BUILD_TUPLE, code.freevars.length);
    flags |= MAKE_CLOSURE;
  }
  c.loadConst(code);
  c.emit(Op.MAKE_FUNCTION, flags);
}

/** Positional defaults as a tuple (a constant when all are constant), keyword-only defaults
 *  as a dict keyed by (mangled) parameter name. Returns the MAKE_FUNCTION flags. */
function visitDefaults(c: Compiler, args: ast.Arguments): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    const folded = foldTuple(c, args.defaults);
    if (folded) c.loadConst(folded);
    else {
      for (const d of args.defaults) visitExpr(c, d);
      c.emit(Op.BUILD_TUPLE, args.defaults.length);
    }
    flags |= MAKE_DEFAULTS;
  }
  const names: string[] = [];
  args.kwonlyargs.forEach((arg, i) => {
    const value = args.kw_defaults[i];
    if (!value) return;
    names.push(c.mangle(arg.arg));
    visitExpr(c, value);
  });
  if (names.length > 0) {
    c.loadConst(new PyTuple(names));
    c.emit(Op.BUILD_CONST_KEY_MAP, names.length);
    flags |= MAKE_KWDEFAULTS;
  }
  return flags;
}

/** No parameter may be named __debug__ (reported at the whole def or lambda, like CPython). */
function checkParameterNames(c: Compiler, node: ast.FunctionDef | ast.Lambda): void {
  const a = node.args;
  const all = [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg];
  if (all.some((arg) => arg?.arg === '__debug__')) throw c.error(node, 'cannot assign to __debug__');
}

/** The header fields shared by functions and lambdas. */
function functionHeader(c: Compiler, node: ast.FunctionDef | ast.Lambda, name: string, firstLineNo: number) {
  const scope = c.table.scopeFor(node);
  const a = node.args;
  return {
    scope,
    header: {
      name,
      firstLineNo,
      argCount: a.posonlyargs.length + a.args.length,
      posOnlyArgCount: a.posonlyargs.length,
      kwOnlyArgCount: a.kwonlyargs.length,
      varnames: [...scope.params],
    },
  };
}

function applyDecorators(c: Compiler, decorators: readonly ast.Expr[]): void {
  const saved = c.line;
  for (let i = decorators.length - 1; i >= 0; i--) {
    c.line = decorators[i]!.lineno;
    c.emit(Op.CALL, 1);
  }
  c.line = saved;
}

export function visitFunctionDef(c: Compiler, s: ast.FunctionDef): void {
  checkParameterNames(c, s);
  for (const d of s.decorator_list) visitExpr(c, d);
  const firstLineNo = s.decorator_list[0]?.lineno ?? s.lineno;
  const flags = visitDefaults(c, s.args) | visitFunctionAnnotations(c, s.args, s.returns);
  const { scope, header } = functionHeader(c, s, s.name, firstLineNo);
  c.enterUnit(scope, header);
  const doc = docstringOf(s.body);
  c.constIndex(doc);
  visitStmts(c, doc === null ? s.body : s.body.slice(1));
  c.loadConst(null);
  c.emit(Op.RETURN_VALUE);
  const code = c.exitUnit();
  makeFunction(c, code, flags);
  applyDecorators(c, s.decorator_list);
  c.nameOp(s.name, 'Store', s);
}

export function visitLambda(c: Compiler, e: ast.Lambda): void {
  checkParameterNames(c, e);
  const flags = visitDefaults(c, e.args);
  const { scope, header } = functionHeader(c, e, '<lambda>', e.lineno);
  c.enterUnit(scope, header);
  c.constIndex(null);
  visitExpr(c, e.body);
  c.emit(Op.RETURN_VALUE);
  makeFunction(c, c.exitUnit(), flags);
}

/** LOAD_BUILD_CLASS; body function; 'Name'; bases...; CALL (or CALL_KW / CALL_FUNCTION_EX). */
export function visitClassDef(c: Compiler, s: ast.ClassDef): void {
  for (const d of s.decorator_list) visitExpr(c, d);
  const firstLineNo = s.decorator_list[0]?.lineno ?? s.lineno;
  const code = compileClassBody(c, s, firstLineNo);
  c.emit(Op.LOAD_BUILD_CLASS);
  makeFunction(c, code, 0);
  c.loadConst(s.name);
  callHelper(c, s, 2, s.bases, s.keywords);
  applyDecorators(c, s.decorator_list);
  c.nameOp(s.name, 'Store', s);
}

/** The class body runs with the class namespace as its locals; with a `__class__` cell it
 *  returns the cell (also stored as `__classcell__`), else None. */
function compileClassBody(c: Compiler, s: ast.ClassDef, firstLineNo: number): CodeObject {
  const scope = c.table.scopeFor(s);
  c.enterUnit(scope, { name: s.name, firstLineNo }, s.name);
  const b = c.unit.builder;
  c.emit(Op.LOAD_NAME, b.name('__name__'));
  c.emit(Op.STORE_NAME, b.name('__module__'));
  c.loadConst(c.unit.qualname);
  c.emit(Op.STORE_NAME, b.name('__qualname__'));
  compileBody(c, s.body);
  c.line = s.lineno;
  if (scope.needsClassClosure) {
    c.emit(Op.LOAD_CLOSURE, b.cell('__class__'));
    c.emit(Op.COPY, 1);
    c.emit(Op.STORE_NAME, b.name('__classcell__'));
  } else {
    c.loadConst(null);
  }
  c.emit(Op.RETURN_VALUE);
  return c.exitUnit();
}

/** A comprehension: a nested function called at once with iter(<outermost iterable>). */
export function visitComprehension(c: Compiler, e: ComprehensionNode): void {
  const scope = c.table.scopeFor(e);
  if (e.generators.some((g) => g.is_async)) c.unsupported(e, 'asynchronous comprehension');
  c.enterUnit(scope, { name: scope.name, firstLineNo: e.lineno, argCount: 1, varnames: [...scope.params] });
  c.line = e.lineno;
  const build = { ListComp: Op.BUILD_LIST, SetComp: Op.BUILD_SET, DictComp: Op.BUILD_MAP, GeneratorExp: -1 }[e.type];
  if (build >= 0) c.emit(build, 0);
  compileGenerator(c, e, 0, 0);
  if (build < 0) c.loadConst(null);
  c.emit(Op.RETURN_VALUE);
  makeFunction(c, c.exitUnit(), 0);
  visitExpr(c, e.generators[0]!.iter);
  c.emit(Op.GET_ITER);
  c.emit(Op.CALL, 1);
}

/**
 * One `for` clause of a comprehension (CPython's compiler_sync_comprehension_generator):
 * FOR_ITER loop, target store, `if` filters jumping to the shared back-edge, then the next
 * clause or the element. `depth` counts the iterators above the result container.
 */
function compileGenerator(c: Compiler, e: ComprehensionNode, index: number, depth: number): void {
  const gen = e.generators[index]!;
  const start = c.newLabel('comp_for');
  const ifCleanup = c.newLabel('comp_next');
  const anchor = c.newLabel('comp_end');
  let loops = true;
  if (index === 0) {
    c.emit(Op.LOAD_FAST, c.unit.builder.local('.0'));
  } else {
    const single = singleItemIterable(gen.iter);
    if (single) {
      // `for y in [expr]` is a plain assignment (CPython's temporary-variable idiom).
      visitExpr(c, single);
      loops = false;
    } else {
      visitExpr(c, gen.iter);
      c.emit(Op.GET_ITER);
    }
  }
  if (loops) {
    depth++;
    c.bind(start);
    c.emit(Op.FOR_ITER, anchor);
  }
  compileStore(c, gen.target);
  for (const test of gen.ifs) jumpIf(c, test, ifCleanup, false);
  if (index + 1 < e.generators.length) compileGenerator(c, e, index + 1, depth);
  else compileElement(c, e, depth);
  c.bind(ifCleanup);
  if (loops) {
    c.emit(Op.JUMP_BACKWARD, start);
    c.bind(anchor);
  }
}

function singleItemIterable(iter: ast.Expr): ast.Expr | null {
  if (iter.type !== 'List' && iter.type !== 'Tuple') return null;
  const [only] = iter.elts;
  return iter.elts.length === 1 && only!.type !== 'Starred' ? only! : null;
}

/** Adds the element to the result (LIST_APPEND etc. reach past `depth` iterators) or yields it. */
function compileElement(c: Compiler, e: ComprehensionNode, depth: number): void {
  switch (e.type) {
    case 'GeneratorExp':
      visitExpr(c, e.elt);
      c.emit(Op.YIELD_VALUE);
      return c.emit(Op.POP_TOP);
    case 'ListComp':
      visitExpr(c, e.elt);
      return c.emit(Op.LIST_APPEND, depth + 1);
    case 'SetComp':
      visitExpr(c, e.elt);
      return c.emit(Op.SET_ADD, depth + 1);
    case 'DictComp':
      visitExpr(c, e.key);
      visitExpr(c, e.value);
      return c.emit(Op.MAP_ADD, depth + 1);
  }
}

// Exception handling for the Pyta compiler, in CPython 3.11's zero-cost model: try/except,
// try/finally, with, raise and assert. Protected code is emitted inside handler regions; a
// handler starts with PUSH_EXC_INFO, and its own cleanup region restores the previously handled
// exception (SWAP 2; POP_EXCEPT; RERAISE) if anything escapes it. Layouts: compiler.ts header.

import { Op } from '../../bytecode/opcodes.js';
import type { Label } from '../../bytecode/code-builder.js';
import type * as ast from './ast.js';
import type { Compiler } from './compiler.js';
import { callExitWithNones, clearHandlerName } from './compile-control.js';
import { jumpIf, visitExpr } from './compile-expressions.js';
import { visitStmts } from './compile-statements.js';
import { compileStore } from './compile-targets.js';

export function visitTry(c: Compiler, s: ast.Try): void {
  if (s.finalbody.length > 0) compileTryFinally(c, s);
  else compileTryExcept(c, s);
}

/** Binds a cleanup handler: [.., prev, exc] -> restore prev as the handled exception, re-raise. */
function emitCleanup(c: Compiler, cleanup: Label): void {
  c.bind(cleanup);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE);
}

/**
 * body (under F); finally body; JUMP exit
 * F: PUSH_EXC_INFO; finally body (under C); RERAISE   C: SWAP 2; POP_EXCEPT; RERAISE   exit:
 */
function compileTryFinally(c: Compiler, s: ast.Try): void {
  const handler = c.newLabel('finally');
  const cleanup = c.newLabel('finally_cleanup');
  const exit = c.newLabel('finally_exit');
  const base = c.unit.handlers.length;
  c.pushHandler(handler, c.depth);
  c.pushFBlock({ kind: 'finally-try', finalBody: s.finalbody, handlerBase: base }, s);
  if (s.handlers.length > 0) compileTryExcept(c, s);
  else visitStmts(c, s.body);
  c.popFBlock();
  c.popHandler();
  visitStmts(c, s.finalbody);
  c.emit(Op.JUMP_FORWARD, exit);

  c.bind(handler);
  c.line = s.lineno;
  c.emit(Op.PUSH_EXC_INFO);
  c.pushHandler(cleanup, c.depth - 1);
  c.pushFBlock({ kind: 'finally-end', handlerBase: base }, s);
  visitStmts(c, s.finalbody);
  c.popFBlock();
  c.emit(Op.RERAISE);
  c.popHandler();
  emitCleanup(c, cleanup);
  c.bind(exit);
}

/**
 * body (under H); else body; JUMP end
 * H: PUSH_EXC_INFO; then under C, per clause: type; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next;
 *    store or POP_TOP; clause body; POP_EXCEPT; JUMP end.  No match: RERAISE.   C: cleanup.
 */
function compileTryExcept(c: Compiler, s: ast.Try): void {
  const handler = c.newLabel('except');
  const cleanup = c.newLabel('except_cleanup');
  const end = c.newLabel('try_end');
  const base = c.unit.handlers.length;
  c.pushHandler(handler, c.depth);
  c.pushFBlock({ kind: 'try-except', handlerBase: base }, s);
  visitStmts(c, s.body);
  c.popFBlock();
  c.popHandler();
  visitStmts(c, s.orelse);
  c.emit(Op.JUMP_FORWARD, end);

  c.bind(handler);
  c.line = s.lineno;
  c.emit(Op.PUSH_EXC_INFO);
  c.pushHandler(cleanup, c.depth - 1);
  c.pushFBlock({ kind: 'exception-handler', handlerBase: base }, s);
  s.handlers.forEach((h, i) => {
    c.line = h.lineno;
    if (!h.type_ && i < s.handlers.length - 1) throw c.error(h, "default 'except:' must be last");
    compileExceptClause(c, h, end, base);
  });
  c.popFBlock();
  c.emit(Op.RERAISE);
  c.popHandler();
  emitCleanup(c, cleanup);
  c.bind(end);
}

/** One `except [type [as name]]:` clause; the stack holds [prev, exc] on entry. */
function compileExceptClause(c: Compiler, h: ast.ExceptHandler, end: Label, base: number): void {
  const next = c.newLabel('except_next');
  if (h.type_) {
    visitExpr(c, h.type_);
    c.emit(Op.CHECK_EXC_MATCH);
    c.emit(Op.POP_JUMP_IF_FALSE, next);
  }
  if (h.name === null) {
    c.emit(Op.POP_TOP);
    c.pushFBlock({ kind: 'handler-cleanup', handlerBase: base, handlerName: null }, h);
    visitStmts(c, h.body);
    c.popFBlock();
    leaveExceptClause(c, h, end, base);
  } else {
    // The name is cleared however the body ends: normally, or by an exception (cleanupEnd).
    c.nameOp(h.name, 'Store', h);
    const cleanupEnd = c.newLabel('except_name_cleanup');
    c.pushHandler(cleanupEnd, c.depth);
    c.pushFBlock({ kind: 'handler-cleanup', handlerBase: base, handlerName: h.name }, h);
    visitStmts(c, h.body);
    c.popFBlock();
    c.popHandler();
    leaveExceptClause(c, h, end, base);
    c.bind(cleanupEnd);
    c.line = h.lineno;
    clearHandlerName(c, h.name, h);
    c.emit(Op.RERAISE);
  }
  c.bind(next);
}

/** The normal end of a clause body, outside the cleanup region: POP_EXCEPT, clear, JUMP end. */
function leaveExceptClause(c: Compiler, h: ast.ExceptHandler, end: Label, base: number): void {
  const saved = c.truncateHandlers(base);
  c.emit(Op.POP_EXCEPT);
  if (h.name !== null) clearHandlerName(c, h.name, h);
  c.emit(Op.JUMP_FORWARD, end);
  c.restoreHandlers(saved);
}

export function visitWith(c: Compiler, s: ast.With): void {
  compileWithItem(c, s, 0);
}

/**
 * <expr>; BEFORE_WITH -> [exit, value]; store or POP_TOP and the body under W (exit kept);
 * exit(None, None, None); JUMP end.
 * W: PUSH_EXC_INFO -> [exit, prev, exc]; WITH_EXCEPT_START; POP_JUMP_IF_TRUE suppress; RERAISE
 *    (under C at [exit, prev]).  suppress: POP_TOP; POP_EXCEPT; POP_TOP.   end:
 */
function compileWithItem(c: Compiler, s: ast.With, pos: number): void {
  const item = s.items[pos]!;
  const handler = c.newLabel('with_except');
  const cleanup = c.newLabel('with_cleanup');
  const suppress = c.newLabel('with_suppress');
  const end = c.newLabel('with_end');
  visitExpr(c, item.context_expr);
  c.line = s.lineno;
  c.emit(Op.BEFORE_WITH);
  c.pushHandler(handler, c.depth - 1);
  c.pushFBlock({ kind: 'with', withNode: s, handlerBase: c.unit.handlers.length - 1 }, s);
  if (item.optional_vars) compileStore(c, item.optional_vars);
  else c.emit(Op.POP_TOP);
  if (pos + 1 < s.items.length) compileWithItem(c, s, pos + 1);
  else visitStmts(c, s.body);
  c.popFBlock();
  c.popHandler();
  c.line = s.lineno;
  callExitWithNones(c);
  c.emit(Op.JUMP_FORWARD, end);

  c.bind(handler);
  c.line = s.lineno;
  c.emit(Op.PUSH_EXC_INFO);
  c.pushHandler(cleanup, c.depth - 1);
  c.emit(Op.WITH_EXCEPT_START);
  c.emit(Op.POP_JUMP_IF_TRUE, suppress);
  c.emit(Op.RERAISE);
  c.popHandler();
  emitCleanup(c, cleanup);
  c.bind(suppress);
  c.emit(Op.POP_TOP);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.POP_TOP);
  c.bind(end);
}

export function visitRaise(c: Compiler, s: ast.Raise): void {
  let n = 0;
  for (const part of [s.exc, s.cause]) {
    if (!part) continue;
    visitExpr(c, part);
    n++;
  }
  c.emit(Op.RAISE_VARARGS, n);
}

/** Asserts are always on (corevm has no -O). */
export function visitAssert(c: Compiler, s: ast.Assert): void {
  const ok = c.newLabel('assert_ok');
  jumpIf(c, s.test, ok, true);
  c.emit(Op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    visitExpr(c, s.msg);
    c.emit(Op.CALL, 1);
  }
  c.emit(Op.RAISE_VARARGS, 1);
  c.bind(ok);
}

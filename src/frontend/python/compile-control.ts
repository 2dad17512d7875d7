// Control flow for the Pyta compiler: if, while, for, break, continue, return, and the fblock
// unwinding they share (CPython 3.11's compiler_unwind_fblock): leaving a loop, try, with or
// except body early inlines exactly the cleanup its normal exit would run. Loop back-edges are
// always JUMP_BACKWARD (the interpreter's OSR and profiling point); forward jumps JUMP_FORWARD.

import { Op } from '../../bytecode/opcodes.js';
import type * as ast from './ast.js';
import type { Compiler, FBlock } from './compiler.js';
import { foldConstant } from './compile-constants.js';
import { jumpIf, visitExpr } from './compile-expressions.js';
import { visitStmts } from './compile-statements.js';
import { compileStore } from './compile-targets.js';

export function visitIf(c: Compiler, s: ast.If): void {
  const end = c.newLabel('if_end');
  if (s.orelse.length === 0) {
    jumpIf(c, s.test, end, false);
    visitStmts(c, s.body);
  } else {
    const orelse = c.newLabel('if_else');
    jumpIf(c, s.test, orelse, false);
    visitStmts(c, s.body);
    c.emit(Op.JUMP_FORWARD, end);
    c.bind(orelse);
    visitStmts(c, s.orelse);
  }
  c.bind(end);
}

/** `while test: body else: orelse`: the test at the top, the back-edge jumps to it. */
export function visitWhile(c: Compiler, s: ast.While): void {
  const loop = c.newLabel('while');
  const orelse = c.newLabel('while_else');
  const exit = c.newLabel('while_exit');
  c.bind(loop);
  c.pushFBlock({ kind: 'while-loop', start: loop, exit }, s);
  jumpIf(c, s.test, orelse, false);
  visitStmts(c, s.body);
  c.line = s.lineno;
  c.emit(Op.JUMP_BACKWARD, loop);
  c.popFBlock();
  c.bind(orelse);
  visitStmts(c, s.orelse);
  c.bind(exit);
}

/** `for target in iter: body else: orelse`: the iterator stays on the stack during the loop. */
export function visitFor(c: Compiler, s: ast.For): void {
  const start = c.newLabel('for');
  const cleanup = c.newLabel('for_end');
  const exit = c.newLabel('for_exit');
  visitExpr(c, s.iter);
  c.emit(Op.GET_ITER);
  c.bind(start);
  c.pushFBlock({ kind: 'for-loop', start, exit }, s);
  c.emit(Op.FOR_ITER, cleanup);
  compileStore(c, s.target);
  visitStmts(c, s.body);
  c.line = s.lineno;
  c.emit(Op.JUMP_BACKWARD, start);
  c.popFBlock();
  c.bind(cleanup);
  visitStmts(c, s.orelse);
  c.bind(exit);
}

export function visitBreak(c: Compiler, s: ast.Break): void {
  const saved = c.saveHandlers();
  const loop = unwindFBlockStack(c, s, false, true);
  if (!loop) throw c.error(s, "'break' outside loop");
  unwindFBlock(c, s, loop, false);
  c.emit(Op.JUMP_FORWARD, loop.exit!);
  c.reopenHandlers(saved);
}

export function visitContinue(c: Compiler, s: ast.Continue): void {
  const saved = c.saveHandlers();
  const loop = unwindFBlockStack(c, s, false, true);
  if (!loop) throw c.error(s, "'continue' not properly in loop");
  c.line = s.lineno;
  c.emit(Op.JUMP_BACKWARD, loop.start!);
  c.reopenHandlers(saved);
}

/** A non-constant return value is computed first and kept on the stack while the enclosing
 *  blocks are unwound (each unwind step SWAPs it out of the way). */
export function visitReturn(c: Compiler, s: ast.Return): void {
  if (!c.unit.scope.isFunction) throw c.error(s, "'return' outside function");
  const constant = s.value ? foldConstant(c, s.value) : null;
  const preserve = constant === undefined;
  if (preserve) visitExpr(c, s.value!);
  const saved = c.saveHandlers();
  unwindFBlockStack(c, s, preserve, false);
  c.line = s.lineno;
  if (!preserve) c.loadConst(constant ?? null);
  c.emit(Op.RETURN_VALUE);
  c.reopenHandlers(saved);
}

/**
 * Unwinds the fblocks from the innermost outwards, stopping at (and returning) the innermost
 * loop when `toLoop`. The blocks are taken off the stack while their exit code is generated
 * (so a `break` in an inlined finally body sees the right loop) and put back afterwards.
 */
function unwindFBlockStack(c: Compiler, at: ast.Stmt, preserve: boolean, toLoop: boolean): FBlock | null {
  const blocks = c.unit.fblocks;
  const top = blocks.at(-1);
  if (!top) return null;
  if (toLoop && (top.kind === 'while-loop' || top.kind === 'for-loop')) return top;
  blocks.pop();
  unwindFBlock(c, at, top, preserve);
  const loop = unwindFBlockStack(c, at, preserve, toLoop);
  blocks.push(top);
  return loop;
}

/** Emits what leaving `block` early must do; with `preserve`, the top of stack survives. */
function unwindFBlock(c: Compiler, at: ast.Stmt, block: FBlock, preserve: boolean): void {
  c.truncateHandlers(block.handlerBase);
  const swap = (): void => {
    if (preserve) c.emit(Op.SWAP, 2);
  };
  switch (block.kind) {
    case 'while-loop':
    case 'try-except':
    case 'exception-handler':
      return;
    case 'for-loop':
    case 'pop-value':
      swap();
      return c.emit(Op.POP_TOP);
    case 'finally-try':
      return inlineFinally(c, at, block, preserve);
    case 'finally-end':
      swap();
      c.emit(Op.POP_TOP);
      swap();
      return c.emit(Op.POP_EXCEPT);
    case 'with':
      c.line = block.withNode!.lineno;
      swap();
      return callExitWithNones(c);
    case 'handler-cleanup':
      swap();
      c.emit(Op.POP_EXCEPT);
      if (block.handlerName) clearHandlerName(c, block.handlerName, at);
      return;
  }
}

function inlineFinally(c: Compiler, at: ast.Stmt, block: FBlock, preserve: boolean): void {
  if (preserve) c.pushFBlock({ kind: 'pop-value' }, at);
  visitStmts(c, block.finalBody!);
  if (preserve) c.popFBlock();
}

/** The normal exit of a with block: exit(None, None, None), result dropped. */
export function callExitWithNones(c: Compiler): void {
  c.loadConst(null);
  c.loadConst(null);
  c.loadConst(null);
  c.emit(Op.CALL, 3);
  c.emit(Op.POP_TOP);
}

/** `name = None; del name` when an `except ... as name` body ends. */
export function clearHandlerName(c: Compiler, name: string, at: ast.Stmt | ast.ExceptHandler): void {
  c.loadConst(null);
  c.nameOp(name, 'Store', at);
  c.nameOp(name, 'Del', at);
}

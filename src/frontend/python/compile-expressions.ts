// Expression code generation for the Pyta compiler: one visitor per AST expression kind, each
// leaving exactly one value on the stack, plus jumpIf (CPython's compiler_jump_if) for tests.
// Every expression sets the line of its own instructions and restores the caller's, as
// CPython's compiler_visit_expr does, so tracebacks of multi-line expressions are right.

import { Op, BINARY_OPS, COMPARE_OPS } from '../../bytecode/opcodes.js';
import type { Label } from '../../bytecode/code-builder.js';
import type * as ast from './ast.js';
import type { Compiler } from './compiler.js';
import { constantTruth, constantValue, foldConstant } from './compile-constants.js';
import { STACK_USE_GUIDELINE, starUnpack, visitCall } from './compile-calls.js';
import { visitComprehension, visitLambda } from './compile-functions.js';
import { compileStore } from './compile-targets.js';

export function visitExpr(c: Compiler, e: ast.Expr): void {
  const saved = c.line;
  c.line = e.lineno;
  visitExprKind(c, e);
  c.line = saved;
}

function visitExprKind(c: Compiler, e: ast.Expr): void {
  switch (e.type) {
    case 'BoolOp': return visitBoolOp(c, e);
    case 'NamedExpr': return visitNamedExpr(c, e);
    case 'BinOp': return visitBinOp(c, e);
    case 'UnaryOp': return visitUnaryOp(c, e);
    case 'Lambda': return visitLambda(c, e);
    case 'IfExp': return visitIfExp(c, e);
    case 'Dict': return visitDict(c, e);
    case 'Set': return starUnpack(c, e.elts, 0, 'set');
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': return visitComprehension(c, e);
    case 'Yield': return visitYield(c, e);
    case 'YieldFrom': return visitYieldFrom(c, e);
    case 'Compare': return visitCompare(c, e);
    case 'Call': return visitCall(c, e);
    case 'FormattedValue': return visitFormattedValue(c, e);
    case 'JoinedStr': return visitJoinedStr(c, e);
    case 'Constant': return c.loadConst(constantValue(c, e));
    case 'Attribute': return visitAttribute(c, e);
    case 'Subscript': return visitSubscript(c, e);
    case 'Starred': return visitStarred(c, e);
    case 'Name': return c.nameOp(e.id, 'Load', e);
    case 'List': return starUnpack(c, e.elts, 0, 'list');
    case 'Tuple': return visitTuple(c, e);
    case 'Slice': return visitSlice(c, e);
  }
}

/** BINARY_OP operator id of an AST operator (CPython's NB_* numbering). */
export function binaryOpId(op: ast.Operator): number {
  const symbols: Record<ast.Operator, (typeof BINARY_OPS)[number]> = {
    Add: '+', BitAnd: '&', FloorDiv: '//', LShift: '<<', MatMult: '@', Mult: '*', Mod: '%',
    BitOr: '|', Pow: '**', RShift: '>>', Sub: '-', Div: '/', BitXor: '^',
  };
  return BINARY_OPS.indexOf(symbols[op]);
}

function visitBinOp(c: Compiler, e: ast.BinOp): void {
  const folded = foldConstant(c, e);
  if (folded !== undefined) return c.loadConst(folded);
  visitExpr(c, e.left);
  visitExpr(c, e.right);
  c.emit(Op.BINARY_OP, binaryOpId(e.op));
}

function visitUnaryOp(c: Compiler, e: ast.UnaryOp): void {
  const folded = foldConstant(c, e);
  if (folded !== undefined) return c.loadConst(folded);
  visitExpr(c, e.operand);
  const ops = { USub: Op.UNARY_NEGATIVE, UAdd: Op.UNARY_POSITIVE, Invert: Op.UNARY_INVERT, Not: Op.UNARY_NOT };
  c.emit(ops[e.op]);
}

/** `a and b`: each operand but the last jumps to the end keeping itself when it decides. */
function visitBoolOp(c: Compiler, e: ast.BoolOp): void {
  const end = c.newLabel('boolop_end');
  const jump = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  e.values.forEach((value, i) => {
    visitExpr(c, value);
    if (i < e.values.length - 1) c.emit(jump, end);
  });
  c.bind(end);
}

function visitNamedExpr(c: Compiler, e: ast.NamedExpr): void {
  visitExpr(c, e.value);
  c.emit(Op.COPY, 1);
  compileStore(c, e.target);
}

function visitIfExp(c: Compiler, e: ast.IfExp): void {
  const orelse = c.newLabel('ifexp_else');
  const end = c.newLabel('ifexp_end');
  jumpIf(c, e.test, orelse, false);
  visitExpr(c, e.body);
  c.emit(Op.JUMP_FORWARD, end);
  c.bind(orelse);
  visitExpr(c, e.orelse);
  c.bind(end);
}

/** `{k: v, **m}` as CPython's compiler_dict: runs of pairs become BUILD_MAP (at most 16 at a
 *  time, to bound the stack), merged with DICT_UPDATE; `**m` is DICT_UPDATE too. */
function visitDict(c: Compiler, e: ast.Dict): void {
  let haveDict = false;
  let run = 0;
  const flush = (end: number): void => {
    for (let i = end - run; i < end; i++) {
      visitExpr(c, e.keys[i]!);
      visitExpr(c, e.values[i]!);
    }
    c.emit(Op.BUILD_MAP, run);
    if (haveDict) c.emit(Op.DICT_UPDATE, 1);
    haveDict = true;
    run = 0;
  };
  e.keys.forEach((key, i) => {
    if (key !== null) {
      run++;
      if (run * 2 > STACK_USE_GUIDELINE) flush(i + 1);
      return;
    }
    if (run > 0) flush(i);
    if (!haveDict) c.emit(Op.BUILD_MAP, 0);
    haveDict = true;
    visitExpr(c, e.values[i]!);
    c.emit(Op.DICT_UPDATE, 1);
  });
  if (run > 0) flush(e.keys.length);
  if (!haveDict) c.emit(Op.BUILD_MAP, 0);
}

function visitTuple(c: Compiler, e: ast.Tuple): void {
  const folded = foldConstant(c, e);
  if (folded !== undefined) return c.loadConst(folded);
  starUnpack(c, e.elts, 0, 'tuple');
}

function visitYield(c: Compiler, e: ast.Yield): void {
  if (!c.unit.scope.isFunction) throw c.error(e, "'yield' outside function");
  if (e.value) visitExpr(c, e.value);
  else c.loadConst(null);
  c.emit(Op.YIELD_VALUE);
}

/** `yield from x`: SEND loops until the delegate returns; its return value is the result. */
function visitYieldFrom(c: Compiler, e: ast.YieldFrom): void {
  if (!c.unit.scope.isFunction) throw c.error(e, "'yield' outside function");
  visitExpr(c, e.value);
  c.emit(Op.GET_YIELD_FROM_ITER);
  c.loadConst(null);
  const send = c.newLabel('send');
  const end = c.newLabel('send_end');
  c.bind(send);
  c.emit(Op.SEND, end);
  c.emit(Op.YIELD_VALUE);
  c.emit(Op.JUMP_BACKWARD, send);
  c.bind(end);
}

/** The comparison instruction of one comparison operator. */
function emitCompare(c: Compiler, op: ast.CmpOperator): void {
  switch (op) {
    case 'Is': return c.emit(Op.IS_OP, 0);
    case 'IsNot': return c.emit(Op.IS_OP, 1);
    case 'In': return c.emit(Op.CONTAINS_OP, 0);
    case 'NotIn': return c.emit(Op.CONTAINS_OP, 1);
  }
  const symbols = { Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=' } as const;
  c.emit(Op.COMPARE_OP, COMPARE_OPS.indexOf(symbols[op]));
}

/** `a < b < c`: each middle operand is kept (SWAP/COPY) for the next comparison; the first
 *  false result jumps to a cleanup that drops it (CPython's compiler_compare). */
function visitCompare(c: Compiler, e: ast.Compare): void {
  visitExpr(c, e.left);
  const n = e.ops.length;
  if (n === 1) {
    visitExpr(c, e.comparators[0]!);
    return emitCompare(c, e.ops[0]!);
  }
  const cleanup = c.newLabel('compare_cleanup');
  const end = c.newLabel('compare_end');
  for (let i = 0; i < n - 1; i++) {
    visitExpr(c, e.comparators[i]!);
    c.emit(Op.SWAP, 2);
    c.emit(Op.COPY, 2);
    emitCompare(c, e.ops[i]!);
    c.emit(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visitExpr(c, e.comparators[n - 1]!);
  emitCompare(c, e.ops[n - 1]!);
  c.emit(Op.JUMP_FORWARD, end);
  c.bind(cleanup);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_TOP);
  c.bind(end);
}

/** FORMAT_VALUE flags: conversion in bits 0-1 (1 !s, 2 !r, 3 !a), 4 when a spec is pushed. */
function visitFormattedValue(c: Compiler, e: ast.FormattedValue): void {
  visitExpr(c, e.value);
  const conversions: Record<number, number> = { [-1]: 0, 115: 1, 114: 2, 97: 3 };
  let flags = conversions[e.conversion] ?? 0;
  if (e.format_spec) {
    visitExpr(c, e.format_spec);
    flags |= 4;
  }
  c.emit(Op.FORMAT_VALUE, flags);
}

function visitJoinedStr(c: Compiler, e: ast.JoinedStr): void {
  for (const part of e.values) visitExpr(c, part);
  if (e.values.length !== 1) c.emit(Op.BUILD_STRING, e.values.length);
}

/** Moves the line to the attribute's last line (CPython's update_start_location_to_match_attr). */
export function lineOfAttr(c: Compiler, e: ast.Attribute): void {
  if (c.line !== e.end_lineno) c.line = e.end_lineno;
}

function visitAttribute(c: Compiler, e: ast.Attribute): void {
  visitExpr(c, e.value);
  lineOfAttr(c, e);
  c.emit(Op.LOAD_ATTR, c.nameIndex(e.attr));
}

function visitSubscript(c: Compiler, e: ast.Subscript): void {
  visitExpr(c, e.value);
  visitExpr(c, e.slice);
  c.emit(Op.BINARY_SUBSCR);
}

function visitSlice(c: Compiler, e: ast.Slice): void {
  for (const part of [e.lower, e.upper]) {
    if (part) visitExpr(c, part);
    else c.loadConst(null);
  }
  if (e.step) visitExpr(c, e.step);
  c.emit(Op.BUILD_SLICE, e.step ? 3 : 2);
}

function visitStarred(c: Compiler, e: ast.Starred): never {
  if (e.ctx === 'Store') throw c.error(e, 'starred assignment target must be in a list or tuple');
  throw c.error(e, "can't use starred expression here");
}

// ---- conditional jumps ----

/** Jumps to `label` when `e` is `cond` (truthy for true), else falls through; consumes `e`.
 *  `not`, `and`/`or`, conditional expressions and chained comparisons become jump chains. */
export function jumpIf(c: Compiler, e: ast.Expr, label: Label, cond: boolean): void {
  switch (e.type) {
    case 'UnaryOp':
      if (e.op === 'Not') return jumpIf(c, e.operand, label, !cond);
      break;
    case 'BoolOp': return jumpIfBoolOp(c, e, label, cond);
    case 'IfExp': return jumpIfIfExp(c, e, label, cond);
    case 'Compare':
      if (e.ops.length > 1) return jumpIfCompareChain(c, e, label, cond);
      break;
    case 'Constant': {
      const truth = constantTruth(constantValue(c, e));
      if (truth === undefined) break;
      if (truth === cond) c.emit(Op.JUMP_FORWARD, label);
      return;
    }
  }
  visitExpr(c, e);
  c.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
}

function jumpIfBoolOp(c: Compiler, e: ast.BoolOp, label: Label, cond: boolean): void {
  const isOr = e.op === 'Or';
  const next = isOr === cond ? label : c.newLabel('boolop_next');
  const last = e.values.length - 1;
  e.values.forEach((value, i) => {
    if (i < last) jumpIf(c, value, next, isOr);
  });
  jumpIf(c, e.values[last]!, label, cond);
  if (next !== label) c.bind(next);
}

function jumpIfIfExp(c: Compiler, e: ast.IfExp, label: Label, cond: boolean): void {
  const orelse = c.newLabel('ifexp_else');
  const end = c.newLabel('ifexp_end');
  jumpIf(c, e.test, orelse, false);
  jumpIf(c, e.body, label, cond);
  c.emit(Op.JUMP_FORWARD, end);
  c.bind(orelse);
  jumpIf(c, e.orelse, label, cond);
  c.bind(end);
}

function jumpIfCompareChain(c: Compiler, e: ast.Compare, label: Label, cond: boolean): void {
  const saved = c.line;
  c.line = e.lineno;
  const cleanup = c.newLabel('compare_cleanup');
  const end = c.newLabel('compare_end');
  const n = e.ops.length;
  visitExpr(c, e.left);
  for (let i = 0; i < n - 1; i++) {
    visitExpr(c, e.comparators[i]!);
    c.emit(Op.SWAP, 2);
    c.emit(Op.COPY, 2);
    emitCompare(c, e.ops[i]!);
    c.emit(Op.POP_JUMP_IF_FALSE, cleanup);
  }
  visitExpr(c, e.comparators[n - 1]!);
  emitCompare(c, e.ops[n - 1]!);
  c.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
  c.emit(Op.JUMP_FORWARD, end);
  c.bind(cleanup);
  c.emit(Op.POP_TOP);
  if (!cond) c.emit(Op.JUMP_FORWARD, label);
  c.bind(end);
  c.line = saved;
}

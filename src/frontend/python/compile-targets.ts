// Assignment targets for the Pyta compiler: stores (names, attributes, subscripts and slices,
// tuple/list unpacking with one starred target), `del`, and the assignment statements that
// use them (=, augmented, annotated). Each store consumes the value on top of the stack.
// Python reference: https://docs.python.org/3.11/reference/simple_stmts.html#assignment-statements

import { INPLACE_OFFSET, Op } from '../../bytecode/opcodes.js';
import type * as ast from './ast.js';
import type { Compiler } from './compiler.js';
import { compileAnnAssignAnnotation } from './compile-annotations.js';
import { foldConstant } from './compile-constants.js';
import { binaryOpId, lineOfAttr, visitExpr } from './compile-expressions.js';

/** Stores the top of the stack into `target`. */
export function compileStore(c: Compiler, target: ast.Expr): void {
  const saved = c.line;
  c.line = target.lineno;
  switch (target.type) {
    case 'Name':
      c.nameOp(target.id, 'Store', target);
      break;
    case 'Attribute':
      checkAttrName(c, target, 'assign to');
      visitExpr(c, target.value);
      lineOfAttr(c, target);
      c.emit(Op.STORE_ATTR, c.nameIndex(target.attr));
      break;
    case 'Subscript':
      visitExpr(c, target.value);
      visitExpr(c, target.slice);
      c.emit(Op.STORE_SUBSCR);
      break;
    case 'Tuple':
    case 'List':
      storeUnpacked(c, target, target.elts);
      break;
    case 'Starred':
      throw c.error(target, 'starred assignment target must be in a list or tuple');
    default:
      throw c.error(target, 'cannot assign to expression');
  }
  c.line = saved;
}

function checkAttrName(c: Compiler, target: ast.Attribute, verb: string): void {
  if (target.attr === '__debug__') throw c.error(target, `cannot ${verb} __debug__`);
}

/** `a, *b, c = seq`: UNPACK_SEQUENCE or UNPACK_EX leave the first item on top. */
function storeUnpacked(c: Compiler, node: ast.Tuple | ast.List, elts: readonly ast.Expr[]): void {
  let star = -1;
  elts.forEach((elt, i) => {
    if (elt.type !== 'Starred') return;
    if (star >= 0) throw c.error(node, 'multiple starred expressions in assignment');
    if (i >= 256) throw c.error(node, 'too many expressions in star-unpacking assignment');
    star = i;
  });
  if (star < 0) c.emit(Op.UNPACK_SEQUENCE, elts.length);
  else c.emit(Op.UNPACK_EX, star, elts.length - star - 1);
  for (const elt of elts) compileStore(c, elt.type === 'Starred' ? elt.value : elt);
}

/** `del target`. */
export function compileDelete(c: Compiler, target: ast.Expr): void {
  const saved = c.line;
  c.line = target.lineno;
  switch (target.type) {
    case 'Name':
      c.nameOp(target.id, 'Del', target);
      break;
    case 'Attribute':
      checkAttrName(c, target, 'delete');
      visitExpr(c, target.value);
      lineOfAttr(c, target);
      c.emit(Op.DELETE_ATTR, c.nameIndex(target.attr));
      break;
    case 'Subscript':
      visitExpr(c, target.value);
      visitExpr(c, target.slice);
      c.emit(Op.DELETE_SUBSCR);
      break;
    case 'Tuple':
    case 'List':
      for (const elt of target.elts) compileDelete(c, elt);
      break;
    case 'Starred':
      throw c.error(target, 'cannot delete starred');
    default:
      throw c.error(target, 'cannot delete expression');
  }
  c.line = saved;
}

/** `t1 = t2 = value`: the value once, copied for every target but the last, stored left to right. */
export function visitAssign(c: Compiler, s: ast.Assign): void {
  if (compileSwapAssign(c, s)) return;
  visitExpr(c, s.value);
  s.targets.forEach((target, i) => {
    if (i < s.targets.length - 1) c.emit(Op.COPY, 1);
    compileStore(c, target);
  });
}

/** `a, b = x, y` (2 or 3 plain items): evaluate, SWAP into store order, no tuple (CPython's
 *  swap optimization of BUILD_TUPLE + UNPACK_SEQUENCE). */
function compileSwapAssign(c: Compiler, s: ast.Assign): boolean {
  const [target] = s.targets;
  const value = s.value;
  if (s.targets.length !== 1 || (target!.type !== 'Tuple' && target!.type !== 'List')) return false;
  if (value.type !== 'Tuple' || value.elts.length !== target!.elts.length) return false;
  const n = value.elts.length;
  if (n < 2 || n > 3 || [...value.elts, ...target!.elts].some((e) => e.type === 'Starred')) return false;
  if (foldConstant(c, value) !== undefined) return false;
  for (const elt of value.elts) visitExpr(c, elt);
  c.emit(Op.SWAP, n);
  for (const elt of target!.elts) compileStore(c, elt);
  return true;
}

/** `target op= value`: the target's container is evaluated once (COPY/SWAP keep it). */
export function visitAugAssign(c: Compiler, s: ast.AugAssign): void {
  const t = s.target;
  const op = INPLACE_OFFSET + binaryOpId(s.op);
  switch (t.type) {
    case 'Name':
      c.nameOp(t.id, 'Load', t);
      visitExpr(c, s.value);
      c.emit(Op.BINARY_OP, op);
      return c.nameOp(t.id, 'Store', t);
    case 'Attribute':
      visitExpr(c, t.value);
      c.emit(Op.COPY, 1);
      c.emit(Op.LOAD_ATTR, c.nameIndex(t.attr));
      visitExpr(c, s.value);
      c.emit(Op.BINARY_OP, op);
      c.emit(Op.SWAP, 2);
      return c.emit(Op.STORE_ATTR, c.nameIndex(t.attr));
    case 'Subscript':
      visitExpr(c, t.value);
      visitExpr(c, t.slice);
      c.emit(Op.COPY, 2);
      c.emit(Op.COPY, 2);
      c.emit(Op.BINARY_SUBSCR);
      visitExpr(c, s.value);
      c.emit(Op.BINARY_OP, op);
      c.emit(Op.SWAP, 3);
      c.emit(Op.SWAP, 2);
      return c.emit(Op.STORE_SUBSCR);
  }
}

/** `target: annotation [= value]`: the value is stored first; without one, an attribute or
 *  subscript target still evaluates its object (and index) like CPython. The annotation comes
 *  last (compile-annotations.ts). */
export function visitAnnAssign(c: Compiler, s: ast.AnnAssign): void {
  const t = s.target;
  if (s.value) {
    visitExpr(c, s.value);
    compileStore(c, t);
  } else if (t.type !== 'Name') {
    evaluateAndDrop(c, t.value);
    if (t.type === 'Subscript') checkAnnSubscript(c, t.slice);
  }
  compileAnnAssignAnnotation(c, s);
}

function checkAnnSubscript(c: Compiler, e: ast.Expr): void {
  if (e.type === 'Slice') {
    for (const part of [e.lower, e.upper, e.step]) if (part) evaluateAndDrop(c, part);
  } else if (e.type === 'Tuple') {
    for (const elt of e.elts) checkAnnSubscript(c, elt);
  } else {
    evaluateAndDrop(c, e);
  }
}

function evaluateAndDrop(c: Compiler, e: ast.Expr): void {
  visitExpr(c, e);
  c.emit(Op.POP_TOP);
}

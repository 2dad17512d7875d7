// Constants for the Pyta compiler: AST Constant values become corevm constant-pool values
// (values.ts representation), and the few folds of CPython's AST optimizer that cannot change
// behaviour are applied: unary +, - and ~ on numeric literals, and tuples of constants.
// Anything that could raise or depends on runtime semantics is left to the interpreter.

import type { ConstValue } from '../../bytecode/code-object.js';
import { Ellipsis, PyBytes, PyFloat, PyTuple, normInt, type PyValue } from '../../runtime/values.js';
import type * as ast from './ast.js';
import type { Compiler } from './compiler.js';

/** The pool value of a literal. */
export function constantValue(c: Compiler, node: ast.Constant): PyValue {
  const v = node.value;
  switch (v.kind) {
    case 'int': return normInt(v.value);
    case 'float': return new PyFloat(v.value);
    case 'str': return v.value;
    case 'bytes': return new PyBytes(v.value);
    case 'bool': return v.value;
    case 'None': return null;
    case 'Ellipsis': return Ellipsis;
    case 'complex': return c.unsupported(node, 'complex literal');
  }
}

/** The constant an expression folds to, or undefined when it is not a compile-time constant. */
export function foldConstant(c: Compiler, e: ast.Expr): PyValue | undefined {
  switch (e.type) {
    case 'Constant': return constantValue(c, e);
    case 'UnaryOp': return foldUnary(c, e);
    case 'Tuple': return e.ctx === 'Load' ? foldTuple(c, e.elts) : undefined;
    default: return undefined;
  }
}

/** A tuple of the folded elements, or undefined if any element is not constant. */
export function foldTuple(c: Compiler, elts: readonly ast.Expr[]): PyTuple | undefined {
  const items: PyValue[] = [];
  for (const elt of elts) {
    const value = foldConstant(c, elt);
    if (value === undefined) return undefined;
    items.push(value);
  }
  return new PyTuple(items);
}

function foldUnary(c: Compiler, e: ast.UnaryOp): PyValue | undefined {
  if (e.op === 'Not') return undefined;
  const operand = foldConstant(c, e.operand);
  if (operand === undefined) return undefined;
  if (operand instanceof PyFloat) {
    if (e.op === 'USub') return new PyFloat(-operand.value);
    if (e.op === 'UAdd') return operand;
    return undefined;
  }
  const int = asBigInt(operand);
  if (int === undefined) return undefined;
  switch (e.op) {
    case 'USub': return normInt(-int);
    case 'UAdd': return normInt(int);
    case 'Invert': return normInt(~int);
  }
}

/** An int or bool constant as a bigint (bool subclasses int). */
function asBigInt(value: PyValue): bigint | undefined {
  if (typeof value === 'number') return BigInt(value);
  if (typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return value ? 1n : 0n;
  return undefined;
}

/** Truth value of a folded constant (CPython's PyObject_IsTrue on it). */
export function constantTruth(value: ConstValue): boolean | undefined {
  if (value === null) return false;
  switch (typeof value) {
    case 'boolean': return value;
    case 'number': return value !== 0;
    case 'bigint': return value !== 0n;
    case 'string': return value.length > 0;
  }
  if (value instanceof PyFloat) return value.value !== 0;
  if (value instanceof PyBytes) return value.data.length > 0;
  if (value instanceof PyTuple) return value.items.length > 0;
  if (value === Ellipsis) return true;
  return undefined;
}

// Constants for the Pyta compiler: AST Constant values become corevm constant-pool values
// (values.ts representation), and the folds of CPython's AST optimizer (Python/ast_opt.c)
// that cannot change behaviour are applied: unary +, - and ~ on numeric literals, tuples of
// constants, and binary operators on int, float and str constants (`1 << 60`, `2 ** 32 - 1`,
// `1.0 / 3`). As in CPython, a fold is skipped when the operation would raise (a zero
// divisor, a negative shift) or make a large value (ints past 128 bits, strings past 4096
// characters); float operations are folded only where IEEE arithmetic is the whole story
// (+ - * /), so the folded value is the one the runtime would compute.

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
    case 'BinOp': return foldBinary(c, e);
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

/** Largest int result (in bits) and str result (in characters) a fold may make; CPython's
 *  MAX_INT_SIZE and MAX_STR_SIZE. */
const MAX_INT_BITS = 128;
const MAX_STR_LENGTH = 4096;

/** Operator nodes found not to fold, so a long chain such as `x + 1 + 2 + ...` is walked once. */
const notConstant = new WeakSet<ast.Expr>();

function foldBinary(c: Compiler, e: ast.BinOp): PyValue | undefined {
  if (notConstant.has(e)) return undefined;
  const value = foldOperands(c, e);
  if (value === undefined) notConstant.add(e);
  return value;
}

function foldOperands(c: Compiler, e: ast.BinOp): PyValue | undefined {
  const left = foldConstant(c, e.left);
  if (left === undefined) return undefined;
  const right = foldConstant(c, e.right);
  if (right === undefined) return undefined;
  if (typeof left === 'string' && typeof right === 'string') {
    return e.op === 'Add' && left.length + right.length <= MAX_STR_LENGTH ? left + right : undefined;
  }
  if (left instanceof PyFloat || right instanceof PyFloat) return foldFloat(e.op, left, right);
  // bool & | ^ bool stays a bool at run time: left to it.
  if (typeof left === 'boolean' && typeof right === 'boolean') return undefined;
  const a = asBigInt(left);
  const b = asBigInt(right);
  if (a === undefined || b === undefined) return undefined;
  const result = foldInt(e.op, a, b);
  if (typeof result !== 'bigint') return result;
  return bitLength(result) <= MAX_INT_BITS ? normInt(result) : undefined;
}

function foldInt(op: ast.Operator, a: bigint, b: bigint): bigint | PyFloat | undefined {
  switch (op) {
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mult': return bitLength(a) + bitLength(b) <= MAX_INT_BITS ? a * b : undefined;
    case 'FloorDiv': return b === 0n ? undefined : floorDiv(a, b);
    case 'Mod': return b === 0n ? undefined : a - b * floorDiv(a, b);
    case 'Pow': return b >= 0n && BigInt(bitLength(a)) * b <= BigInt(MAX_INT_BITS) ? a ** b : undefined;
    case 'LShift': return b >= 0n && BigInt(bitLength(a)) + b <= BigInt(MAX_INT_BITS) ? a << b : undefined;
    case 'RShift': return b < 0n ? undefined : b > BigInt(bitLength(a)) ? (a < 0n ? -1n : 0n) : a >> b;
    case 'BitAnd': return a & b;
    case 'BitOr': return a | b;
    case 'BitXor': return a ^ b;
    case 'Div': return b !== 0n && isExactDouble(a) && isExactDouble(b) ? new PyFloat(Number(a) / Number(b)) : undefined;
    default: return undefined;
  }
}

/** + - * / with a float operand (an int one converts exactly or the fold is skipped). */
function foldFloat(op: ast.Operator, left: PyValue, right: PyValue): PyFloat | undefined {
  const x = asDouble(left);
  const y = asDouble(right);
  if (x === undefined || y === undefined) return undefined;
  switch (op) {
    case 'Add': return new PyFloat(x + y);
    case 'Sub': return new PyFloat(x - y);
    case 'Mult': return new PyFloat(x * y);
    case 'Div': return y === 0 ? undefined : new PyFloat(x / y);
    default: return undefined;
  }
}

function asDouble(value: PyValue): number | undefined {
  if (value instanceof PyFloat) return value.value;
  const int = asBigInt(value);
  return int !== undefined && isExactDouble(int) ? Number(int) : undefined;
}

/** An int that converts to a double without rounding (|v| <= 2**53). */
function isExactDouble(v: bigint): boolean {
  return v <= 9007199254740992n && v >= -9007199254740992n;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Bits of |v| (int.bit_length()). */
function bitLength(v: bigint): number {
  return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length;
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

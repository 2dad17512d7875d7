// JIT codegen, part 3: the emitters that use inferred types (jit/types.ts). Arithmetic and
// comparison sites the inference specialized compute on small ints or raw doubles in JS
// locals, behind guards that exit to the interpreter with the state before the instruction
// (so tier 0 re-executes it generically); loads, stores and branches skip checks the types
// make redundant. Everything not specialized goes through the baseline emitters.

import { Op } from '../src/bytecode/opcodes.js';
import type { EmitContext, Emitter } from './emitters.js';
import { COMPARE_JS, MAX_SAFE, iterNextInto, slot } from './emitters.js';
import * as b from './estree.js';
import { Kind, Ty, type NumericSite, type Operand } from './types.js';

const set = (target: b.Expr, value: b.Expr): b.Stmt => b.exprStmt(b.assign(target, value));
const typeIs = (e: b.Expr, type: string): b.Expr => b.binary('===', b.unary('typeof', e), b.literal(type));
const exactFloat = (e: b.Expr): b.Expr =>
  b.logical('&&', b.binary('instanceof', e, b.id('PyFloat')), b.binary('===', b.member(e, 'type'), b.id('FLOAT')));

/** The test an operand of class `need` passes (for a boxed value). */
function operandTest(e: b.Expr, need: number): b.Expr {
  if (need === Ty.Int) return typeIs(e, 'number');
  if (need === Ty.Float) return exactFloat(e);
  return b.logical('||', typeIs(e, 'number'), exactFloat(e));
}

/** The operand as a JS number: raw doubles and small ints as they are, boxed floats unboxed. */
function operandValue(cx: EmitContext, i: number, need: number): b.Expr {
  const e = slot(i);
  if (cx.isRaw(i) || need === Ty.Int) return e;
  if (need === Ty.Float) return b.member(e, 'value');
  return b.conditional(typeIs(e, 'number'), e, b.member(e, 'value'));
}

const JS_ARITH: Record<number, string> = { 0: '+', 10: '-', 5: '*', 11: '/' };
const JS_BITWISE: Record<number, string> = { 1: '&', 7: '|', 12: '^' };

/** BINARY_OP / COMPARE_OP at a specialized site. */
export function emitNumeric(cx: EmitContext, site: NumericSite): b.Stmt[] {
  const ia = cx.h - 2;
  const ib = cx.h - 1;
  const out: b.Stmt[] = [];
  const check = (i: number, o: Operand, what: string): void => {
    if (o.guard) out.push(cx.guard(operandTest(slot(i), o.need), `${what} operand is ${o.need === Ty.Int ? 'an int' : o.need === Ty.Float ? 'a float' : 'a number'}`));
  };
  check(ia, site.left, 'left');
  check(ib, site.right, 'right');
  const a = operandValue(cx, ia, site.left.need);
  const r = operandValue(cx, ib, site.right.need);
  const T = b.id('t');
  switch (site.kind) {
    case Kind.Compare:
      out.push(set(slot(ia), b.binary(COMPARE_JS[site.op]!, a, r)));
      break;
    case Kind.IntArith: {
      const value = b.binary(JS_ARITH[site.op]!, a, r);
      // int * int: 0 * -n is -0 in JS; `+ 0` makes it 0, as Python's int is.
      out.push(set(T, site.op === 5 ? b.binary('+', value, b.literal(0)) : value));
      out.push(cx.guard(b.logical('&&', b.binary('<=', T, b.literal(MAX_SAFE)), b.binary('>=', T, b.literal(-MAX_SAFE))), 'int result in the safe-integer range'));
      out.push(set(slot(ia), T));
      break;
    }
    case Kind.IntWrap: {
      // Modulo 2**32 (jit/types.ts, markWrapping): | 0 takes an int's low 32 bits exactly.
      const low32 = (e: b.Expr): b.Expr => b.binary('|', e, b.literal(0));
      const value = site.op === 5
        ? b.call(b.member(b.id('Math'), 'imul'), [a, r])
        : low32(b.binary(JS_ARITH[site.op]!, low32(a), low32(r)));
      out.push(set(slot(ia), value));
      break;
    }
    case Kind.IntDivMod:
      if (site.constDivisor === undefined) out.push(cx.guard(b.binary('!==', r, b.literal(0)), 'nonzero divisor'));
      out.push(set(slot(ia), b.call(b.id(site.op === 2 ? 'intFloorDiv' : 'intMod'), [a, r])));
      break;
    case Kind.IntBitwise: {
      const generic = b.call(b.id('binaryOp'), [b.literal(site.op), a, r]);
      const count = (limit: number): b.Expr => b.logical('&&', b.binary('>=', r, b.literal(0)), b.binary('<', r, b.literal(limit)));
      const scale = b.member(b.id('POW2'), r);
      let value: b.Expr;
      const int32 = (e: b.Expr): b.Expr => b.binary('===', b.binary('|', e, b.literal(0)), e);
      if (site.op === 3) {
        // a << n for n < 53 scales by 2**n exactly; the result stays inline while it is a safe integer.
        const inRange = b.logical('&&', b.binary('<=', b.assign(T, b.binary('*', a, scale)), b.literal(MAX_SAFE)), b.binary('>=', T, b.literal(-MAX_SAFE)));
        value = b.conditional(b.logical('&&', count(53), inRange), T, generic);
      } else if (site.op === 9) {
        // a >> n: JS >> for an int32 and n < 32, else floor(a / 2**n), exact for any small int
        // (a power-of-two division never rounds).
        const floorDiv = b.call(b.member(b.id('Math'), 'floor'), [b.binary('/', a, scale)]);
        value = b.conditional(b.logical('&&', int32(a), count(32)), b.binary('>>', a, r), b.conditional(count(64), floorDiv, generic));
      } else {
        // int32 operands compute in JS; other small ints (up to 53 bits) in the runtime's
        // two-word form, whose result is a small int again.
        const wide = b.call(b.id('intBitwise'), [a, r, b.literal(site.op)]);
        value = b.conditional(b.logical('&&', int32(a), int32(r)), b.binary(JS_BITWISE[site.op]!, a, r), wide);
        if (site.op === 1) {
          // x & mask with a mask in [0, 2**32): JS & sees x's low 32 bits (two's complement,
          // as Python's infinite-precision & does); >>> 0 reads the result unsigned.
          const mask = b.logical('&&', b.binary('>=', r, b.literal(0)), b.binary('<=', r, b.literal(4294967295)));
          value = b.conditional(mask, b.binary('>>>', b.binary('&', a, r), b.literal(0)), value);
        }
      }
      out.push(set(slot(ia), value));
      break;
    }
    case Kind.FloatArith:
      if (site.op === 11) {
        out.push(set(T, r));
        out.push(cx.guard(b.binary('!==', T, b.literal(0)), 'nonzero divisor'));
        out.push(set(slot(ia), b.binary('/', a, T)));
      } else {
        out.push(set(slot(ia), b.binary(JS_ARITH[site.op]!, a, r)));
      }
      break;
  }
  return out;
}

/** LOAD_CONST of a float: its raw double, as a literal. */
export const loadConstFloat = (value: number): Emitter => (cx) => [set(slot(cx.h), b.literal(value))];

/** LOAD_FAST of a local the types prove assigned: no unbound check. */
export const loadFastBound: Emitter = (cx) => [set(slot(cx.h), b.id(`l${cx.arg(0)}`))];

/** POP_JUMP_IF_FALSE/TRUE on a value typed bool, int or raw float: a JS test. */
export function typedBranch(cx: EmitContext, jumpIfTrue: boolean): b.Stmt[] | null {
  const t = cx.types.stack[cx.h - 1]!;
  const v = slot(cx.h - 1);
  let truth: b.Expr;
  if (t === Ty.Bool) truth = v;
  else if (t === Ty.Int || t === Ty.Float) truth = b.binary('!==', v, b.literal(0)); // NaN is true, as in Python
  else return null;
  return [b.ifStmt(jumpIfTrue ? truth : b.unary('!', truth), cx.jump(cx.arg(0)))];
}

/** FOR_ITER whose values have all been small ints: a value that is not exits after the
 *  instruction (the iterator has advanced), with the value on the stack. */
export const forIterInt: Emitter = (cx) => [
  ...iterNextInto(slot(cx.h - 1)),
  b.ifStmt(b.binary('===', b.id('t'), b.unary('void', b.literal(0))), cx.jump(cx.arg(0))),
  set(slot(cx.h), b.id('t')),
  cx.guardAfter(typeIs(b.id('t'), 'number'), 'loop value is an int', cx.pc + 2, cx.h + 1),
];

/** Opcodes that move values without looking at them: raw doubles pass through unboxed. */
export const MOVES_VALUES = new Set<number>([Op.LOAD_FAST, Op.STORE_FAST, Op.COPY, Op.SWAP, Op.POP_TOP, Op.NOP]);

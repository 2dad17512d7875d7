// JIT pass 2: type inference by abstract interpretation (ARCHITECTURE.md §6). Each local and
// stack slot gets a set of possible types (a bit set over the lattice below) before every
// instruction of the blocks compiled code runs, by a forward dataflow over the CFG to a fixed
// point. Seeds are constants, the types operations produce, the values of an on-stack entry,
// and the interpreter's feedback at arithmetic, comparison and for-loop sites: where
// feedback is narrower than what is proven, the site *speculates* and codegen emits a guard
// whose failure exits to the interpreter (deopt). Sites the JIT has seen deopt too often are
// passed in as `generic` and never speculate again.
//
// Representation follows from the types: a value whose type is exactly Float lives in its JS
// variable as a raw double; everything else is the boxed PyValue (small ints are JS numbers
// either way). Codegen boxes at the edges where a join widens a raw float.

import type { CodeObject } from '../src/bytecode/code-object.js';
import { OP_INFO } from '../src/bytecode/opcode-info.js';
import { Op } from '../src/bytecode/opcodes.js';
import { PyDict } from '../src/runtime/objects.js';
import { typeBits } from '../src/runtime/ops.js';
import { T } from '../src/runtime/types.js';
import { PyFloat, PyList, PyTuple, type PyValue } from '../src/runtime/values.js';
import { TypeBit } from '../src/runtime/tiers.js';
import type { BasicBlock, Cfg } from './cfg.js';

/** The type lattice: a value's possible types as TypeBits (the interpreter's feedback
 *  classes), plus Unbound for a local that may not be assigned. */
export const Ty = {
  Int: TypeBit.Int,
  BigInt: TypeBit.BigInt,
  Float: TypeBit.Float,
  Bool: TypeBit.Bool,
  Str: TypeBit.Str,
  NoneT: TypeBit.None,
  List: TypeBit.List,
  Tuple: TypeBit.Tuple,
  Dict: TypeBit.Dict,
  Other: TypeBit.Other,
  Unbound: 1024,
  Any: 1023,
} as const;

export function tyName(t: number): string {
  const names = ['int', 'bigint', 'float', 'bool', 'str', 'None', 'list', 'tuple', 'dict', 'object', 'unbound'];
  if ((t & Ty.Any) === Ty.Any) return (t & Ty.Unbound) !== 0 ? 'any|unbound' : 'any';
  return names.filter((_, i) => (t & (1 << i)) !== 0).join('|') || 'none';
}

/** How a specialized BINARY_OP / COMPARE_OP computes. */
export const enum Kind {
  /** Small int op small int; + - * exit on leaving the safe-integer range. */
  IntArith,
  /** int // int, int % int (small ints stay small; a zero divisor exits). */
  IntDivMod,
  /** Doubles (ints converted exactly): + - * /; a zero divisor of / exits. */
  FloatArith,
  /** Numeric comparison to a bool. */
  Compare,
  /** int & | ^ << >> int (small ints inline while the result is one; the rest through the runtime). */
  IntBitwise,
  /** int + - * int whose result only reaches, through more such sites, an `& mask` with a
   *  constant mask in [0, 2**32) (markWrapping): computed modulo 2**32, as an int32. */
  IntWrap,
}

/** What an operand of a specialized site must be, and whether that needs a guard. */
export interface Operand {
  /** Int: a small int; Float: an exact float; Int|Float: either. */
  readonly need: number;
  /** The proven type is wider than `need`: codegen checks it, exiting if it fails. */
  readonly guard: boolean;
}

export interface NumericSite {
  readonly kind: Kind;
  readonly op: number;
  readonly left: Operand;
  readonly right: Operand;
  readonly result: number;
  /** IntDivMod: the divisor is a nonzero constant loaded just before (no zero check); its
   *  value. */
  readonly constDivisor?: number;
}

/** The types before one instruction: locals, then the stack slots up to its height. */
export interface TypeState {
  readonly locals: Uint16Array;
  readonly stack: Uint16Array;
}

export interface TypeInfo {
  /** State before each instruction of the compiled blocks (undefined elsewhere). */
  readonly before: Array<TypeState | undefined>;
  /** Specialized arithmetic/comparison sites by pc. */
  readonly numeric: Map<number, NumericSite>;
  /** FOR_ITER sites whose next value is speculated to be a small int (guarded). */
  readonly intLoops: Set<number>;
  /** State at the entry of each compiled block, by block id. */
  readonly blockIn: Array<TypeState | undefined>;
  /** State leaving a block by falling through, by block id. */
  readonly blockOut: Array<TypeState | undefined>;
  /** State on the taken edge of each branch, by the branch's pc. */
  readonly jumpOut: Map<number, TypeState>;
}

/** What the interpreter observed: operand bits per feedback slot (right operand << 16). */
export interface Feedback {
  readonly typeBits: Int32Array;
}

export function typeOfValue(v: PyValue | undefined): number {
  if (v === undefined) return Ty.Unbound;
  if (v instanceof PyFloat) return v.type === T.float ? Ty.Float : Ty.Other;
  return typeBits(v);
}

function constType(v: unknown): number {
  if (typeof v === 'number') return Ty.Int;
  if (typeof v === 'bigint') return Ty.BigInt;
  if (typeof v === 'boolean') return Ty.Bool;
  if (typeof v === 'string') return Ty.Str;
  if (v === null) return Ty.NoneT;
  if (v instanceof PyFloat) return Ty.Float;
  if (v instanceof PyTuple) return Ty.Tuple;
  if (v instanceof PyList) return Ty.List;
  if (v instanceof PyDict) return Ty.Dict;
  return Ty.Other;
}

const NUM = Ty.Int | Ty.Float;
const isIn = (t: number, set: number): boolean => t !== 0 && (t & ~set) === 0;

/** The operand class for a specialized site: proven if the static type is numeric, else the
 *  feedback (if numeric), guarded. Null when neither is numeric. */
function operand(proven: number, seen: number): Operand | null {
  if (isIn(proven, NUM)) return { need: proven, guard: false };
  if (isIn(seen, NUM) && (proven & seen) === seen) return { need: seen, guard: true };
  return null;
}

/** The specialization of BINARY_OP/COMPARE_OP `op` for these operands, or null (generic). */
function specialize(code: CodeObject, pc: number, a: number, b: number, feedback: Feedback | null): NumericSite | null {
  const opcode = code.code[pc]!;
  const op = code.code[pc + 1]!;
  const slot = code.feedbackSlots?.[pc] ?? -1;
  const bits = feedback !== null && slot >= 0 ? feedback.typeBits[slot]! : 0;
  const left = operand(a, bits & 0xffff);
  const right = operand(b, bits >>> 16);
  if (left === null || right === null) return null;
  const bothInt = left.need === Ty.Int && right.need === Ty.Int;
  const anyFloat = left.need === Ty.Float || right.need === Ty.Float;
  if (opcode === Op.COMPARE_OP) return { kind: Kind.Compare, op, left, right, result: Ty.Bool };
  const base = op >= 13 ? op - 13 : op;
  switch (base) {
    case 0: case 10: case 5: // + - *
      if (bothInt) return { kind: Kind.IntArith, op: base, left, right, result: Ty.Int };
      if (anyFloat) return { kind: Kind.FloatArith, op: base, left, right, result: Ty.Float };
      return null;
    case 11: // /
      return { kind: Kind.FloatArith, op: base, left, right, result: Ty.Float };
    case 2: case 6: // // %
      return bothInt ? { kind: Kind.IntDivMod, op: base, left, right, result: Ty.Int } : null;
    case 1: case 7: case 12: case 9: // & | ^ >>
      return bothInt ? { kind: Kind.IntBitwise, op: base, left, right, result: Ty.Int } : null;
    case 3: // << (the result may be a big int)
      return bothInt ? { kind: Kind.IntBitwise, op: base, left, right, result: Ty.Int | Ty.BigInt } : null;
  }
  return null;
}

function copyState(s: TypeState): { locals: Uint16Array; stack: Uint16Array } {
  return { locals: s.locals.slice(), stack: s.stack.slice() };
}

/** Joins `from` into `into`; true if `into` changed. */
function join(into: TypeState, from: TypeState): boolean {
  let changed = false;
  for (let i = 0; i < into.locals.length; i++) {
    const t = into.locals[i]! | from.locals[i]!;
    if (t !== into.locals[i]) {
      into.locals[i] = t;
      changed = true;
    }
  }
  const n = Math.min(into.stack.length, from.stack.length);
  for (let i = 0; i < n; i++) {
    const t = into.stack[i]! | from.stack[i]!;
    if (t !== into.stack[i]) {
      into.stack[i] = t;
      changed = true;
    }
  }
  return changed;
}

export interface InferenceInput {
  readonly cfg: Cfg;
  readonly blocks: readonly BasicBlock[];
  /** Where compiled code is entered, with the types of the locals and stack there: block 0 of
   *  a call, the loop header of an on-stack entry, or a generator's start and resume points. */
  readonly entries: ReadonlyArray<{ readonly block: number; readonly state: TypeState }>;
  readonly feedback: Feedback | null;
  /** Sites (pcs) that must not speculate. */
  readonly generic: ReadonlySet<number>;
}

export function inferTypes(input: InferenceInput): TypeInfo {
  const { cfg, feedback, generic } = input;
  const code = cfg.code;
  const words = code.code;
  const compiled = new Set(input.blocks.map((b) => b.id));
  const blockIn: Array<TypeState | undefined> = new Array(cfg.blocks.length);
  const before: Array<TypeState | undefined> = new Array(words.length);
  const numeric = new Map<number, NumericSite>();
  const intLoops = new Set<number>();
  const blockOut: Array<TypeState | undefined> = new Array(cfg.blocks.length);
  const jumpOut = new Map<number, TypeState>();
  for (const { block, state } of input.entries) {
    const known = blockIn[block];
    if (known === undefined) blockIn[block] = copyState(state);
    else join(known, state);
  }

  /** Runs one instruction on `s` (mutated); returns the state on its jump edge, if any.
   *  `from` names, per stack slot, the local it was loaded from while that local still holds
   *  the same value (-1 otherwise): a guard that proves a slot a small int proves the local
   *  one too, so later loads of it need no guard. */
  const step = (pc: number, s: { locals: Uint16Array; stack: Uint16Array }, from: Int32Array): { locals: Uint16Array; stack: Uint16Array } => {
    const op = words[pc]!;
    const info = OP_INFO[op]!;
    const args = words.subarray(pc + 1, pc + info.length);
    const h = code.stackHeights![pc]!;
    const st = s.stack;
    const top = (k: number): number => st[h - k]!;
    const setTop = (k: number, t: number): void => void (st[h - k] = t);
    let jumpState = s;
    const source = op === Op.COPY ? from[h - args[0]!]! : op === Op.SWAP ? from[h - args[0]!]! : -1;
    if (op === Op.STORE_FAST || op === Op.DELETE_FAST) {
      for (let i = 0; i < h; i++) if (from[i] === args[0]) from[i] = -1;
    }
    switch (op) {
      case Op.LOAD_FAST:
        st[h] = s.locals[args[0]!]! & ~Ty.Unbound;
        from[h] = args[0]!;
        break;
      case Op.STORE_FAST:
        s.locals[args[0]!] = top(1);
        break;
      case Op.DELETE_FAST:
        s.locals[args[0]!] = Ty.Unbound;
        break;
      case Op.LOAD_CONST:
        st[h] = constType(code.consts[args[0]!]);
        break;
      case Op.COPY:
        st[h] = top(args[0]!);
        from[h] = source;
        break;
      case Op.SWAP: {
        const t = top(1);
        setTop(1, top(args[0]!));
        setTop(args[0]!, t);
        from[h - args[0]!] = from[h - 1]!;
        from[h - 1] = source;
        break;
      }
      case Op.BINARY_OP:
      case Op.COMPARE_OP: {
        const site = generic.has(pc) ? null : specialize(code, pc, top(2), top(1), feedback);
        if (site !== null) {
          numeric.set(pc, site);
          if (site.left.guard && site.left.need === Ty.Int && from[h - 2]! >= 0) s.locals[from[h - 2]!] = Ty.Int;
          if (site.right.guard && site.right.need === Ty.Int && from[h - 1]! >= 0) s.locals[from[h - 1]!] = Ty.Int;
        }
        setTop(2, site !== null ? site.result : Ty.Any);
        break;
      }
      case Op.IS_OP:
      case Op.CONTAINS_OP:
        setTop(2, Ty.Bool);
        break;
      case Op.UNARY_NOT:
        setTop(1, Ty.Bool);
        break;
      case Op.BUILD_LIST:
        st[h - args[0]!] = Ty.List;
        break;
      case Op.BUILD_TUPLE:
        st[h - args[0]!] = Ty.Tuple;
        break;
      case Op.BUILD_MAP:
        st[h - 2 * args[0]!] = Ty.Dict;
        break;
      case Op.BUILD_STRING:
        st[h - args[0]!] = Ty.Str;
        break;
      case Op.FOR_ITER: {
        jumpState = copyState(s);
        const slot = code.feedbackSlots?.[pc] ?? -1;
        const bits = feedback !== null && slot >= 0 ? feedback.typeBits[slot]! : 0;
        const speculate = bits === Ty.Int && !generic.has(pc);
        if (speculate) intLoops.add(pc);
        st[h] = speculate ? Ty.Int : Ty.Any;
        break;
      }
      default: {
        // Everything else: the popped slots are gone and the pushed ones can be anything.
        const pops = info.pops(args);
        const pushes = info.pushes(args);
        if (info.isBranch && (info.jumpPops(args) !== pops || info.jumpPushes(args) !== pushes)) {
          jumpState = copyState(s);
          for (let i = h - info.jumpPops(args); i < h - info.jumpPops(args) + info.jumpPushes(args); i++) jumpState.stack[i] = Ty.Any;
        }
        for (let i = h - pops; i < h - pops + pushes; i++) st[i] = Ty.Any;
      }
    }
    return jumpState;
  };

  const jumpTarget = (pc: number): number => {
    const info = OP_INFO[words[pc]!]!;
    return words[pc + 1 + info.operandKinds.indexOf('jump')]!;
  };

  const flowInto = (target: number, s: TypeState, work: number[]): void => {
    const id = cfg.blockAt[target]!;
    if (!compiled.has(id)) return;
    const existing = blockIn[id];
    if (existing === undefined) {
      blockIn[id] = copyState(s);
      work.push(id);
    } else if (join(existing, s)) {
      work.push(id);
    }
  };

  const run = (block: BasicBlock, record: boolean, work: number[]): void => {
    const s = copyState(blockIn[block.id]!);
    const from = new Int32Array(code.maxStack + 1).fill(-1);
    for (let pc = block.start; pc < block.end; pc += OP_INFO[words[pc]!]!.length) {
      if (record) before[pc] = copyState(s);
      const h = code.stackHeights![pc]!;
      const pushesFrom = words[pc] === Op.LOAD_FAST || words[pc] === Op.COPY || words[pc] === Op.SWAP;
      const jumpState = step(pc, s, from);
      // Slots an instruction pushes (other than the moves above) hold new values.
      const after = h - OP_INFO[words[pc]!]!.pops(words.subarray(pc + 1, pc + OP_INFO[words[pc]!]!.length));
      if (!pushesFrom) from.fill(-1, Math.max(after, 0));
      const info = OP_INFO[words[pc]!]!;
      if (info.isBranch) {
        flowInto(jumpTarget(pc), jumpState, work);
        if (record) jumpOut.set(pc, copyState(jumpState));
      }
    }
    if (record) blockOut[block.id] = s;
    const last = OP_INFO[words[block.last]!]!;
    if (!last.isTerminator && block.end < words.length) flowInto(block.end, s, work);
  };

  const work = input.entries.map((e) => e.block);
  while (work.length > 0) {
    const id = work.pop()!;
    run(cfg.blocks[id]!, false, work);
  }
  // The decisions of the last pass are the ones that hold at the fixed point.
  numeric.clear();
  intLoops.clear();
  for (const block of input.blocks) if (blockIn[block.id] !== undefined) run(block, true, []);
  markConstDivisors(cfg, numeric);
  markWrapping(cfg, numeric);
  return { before, numeric, intLoops, blockIn, blockOut, jumpOut };
}

/** The constant a LOAD_CONST leaves as the right operand of the instruction at pc (the
 *  instruction just before it, in the same block), or undefined. */
function constantOperand(cfg: Cfg, pc: number): unknown {
  const code = cfg.code;
  const prev = pc - 2;
  if (cfg.blockAt[pc] !== -1 || prev < 0 || code.stackHeights![prev]! < 0 || code.code[prev] !== Op.LOAD_CONST) return undefined;
  return code.consts[code.code[prev + 1]!];
}

/** `x // c` and `x % c` with a nonzero small-int constant c need no zero check. */
function markConstDivisors(cfg: Cfg, numeric: Map<number, NumericSite>): void {
  for (const [pc, site] of numeric) {
    if (site.kind !== Kind.IntDivMod) continue;
    const divisor = constantOperand(cfg, pc);
    if (typeof divisor === 'number' && divisor !== 0) numeric.set(pc, { ...site, constDivisor: divisor });
  }
}

/** A constant `& mask` needs only the low 32 bits of its left operand when the mask is here. */
const WRAP_MASK_MAX = 4294967295;

/** Truncation (V8's simplified lowering does the same for JS): an int + - * site whose value
 *  flows only into more such sites and then into `x & mask`, with a constant mask in
 *  [0, 2**32), may compute modulo 2**32, since the low 32 bits of a sum, difference or
 *  product depend only on the low 32 bits of its operands: `(seed * 1103515245 + 12345) &
 *  0x7FFFFFFF` never leaves int32 and never overflows into a big int. Between a wrapped site
 *  and the site using its value only constants and locals may be loaded, and no site of the
 *  chain but the first may guard an operand, so no exit can carry a wrapped value to the
 *  interpreter (an exception discards it with the rest of the expression stack). */
function markWrapping(cfg: Cfg, numeric: Map<number, NumericSite>): void {
  const code = cfg.code;
  const words = code.code;
  const heights = code.stackHeights!;
  const memo = new Map<number, boolean>();
  /** The instruction that pops the value the instruction at pc leaves in `slot`, and the one
   *  just before it, when only pure loads come between them in the same block; else null. */
  const consumerOf = (pc: number, slot: number): { user: number; prev: number } | null => {
    let prev = pc;
    for (let p = pc + OP_INFO[words[pc]!]!.length; p < words.length && cfg.blockAt[p] === -1; p += OP_INFO[words[p]!]!.length) {
      const info = OP_INFO[words[p]!]!;
      if (heights[p]! - info.pops(words.subarray(p + 1, p + info.length)) <= slot) return { user: p, prev };
      if (words[p] !== Op.LOAD_CONST && words[p] !== Op.LOAD_FAST) return null;
      prev = p;
    }
    return null;
  };
  const isWrapArith = (site: NumericSite | undefined): boolean =>
    site !== undefined && (site.kind === Kind.IntArith || site.kind === Kind.IntWrap) && (site.op === 0 || site.op === 10 || site.op === 5);
  /** The value of the site at pc may be computed modulo 2**32. */
  const wraps = (pc: number): boolean => {
    const known = memo.get(pc);
    if (known !== undefined) return known;
    memo.set(pc, false);
    const slot = heights[pc]! - 2;
    const use = consumerOf(pc, slot);
    const site = use === null ? undefined : numeric.get(use.user);
    let ok = false;
    if (use !== null && words[use.user] === Op.BINARY_OP && site !== undefined && !site.left.guard && !site.right.guard) {
      if (site.kind === Kind.IntBitwise && site.op === 1) {
        // The wrapped value is the left operand; the mask, a constant loaded just before the &.
        const { user, prev } = use;
        const mask = heights[user]! - 2 === slot && prev !== pc && words[prev] === Op.LOAD_CONST ? code.consts[words[prev + 1]!] : undefined;
        ok = typeof mask === 'number' && mask >= 0 && mask <= WRAP_MASK_MAX;
      } else if (site.kind === Kind.IntDivMod && site.op === 6 && site.constDivisor !== undefined) {
        // x % 2**k for k <= 32: a value congruent to x modulo 2**32 has the same remainder.
        const m = site.constDivisor;
        ok = heights[use.user]! - 2 === slot && use.prev !== pc && m > 1 && m <= WRAP_MASK_MAX + 1 && Number.isInteger(Math.log2(m));
      } else if (isWrapArith(site)) {
        ok = wraps(use.user);
      }
    }
    memo.set(pc, ok);
    return ok;
  };
  for (const [pc, site] of numeric) {
    if (words[pc] === Op.BINARY_OP && isWrapArith(site) && wraps(pc)) numeric.set(pc, { ...site, kind: Kind.IntWrap });
  }
}

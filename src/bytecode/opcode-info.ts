// Facts derived once from the instruction table (opcodes.ts): instruction lengths, flag bits,
// and stack effects compiled from their Forth-style strings into pop/push counters.
// Every tool asks these questions here, so no other file re-encodes the table.

import { OPCODES, type OperandKind, type OpFlag, type OpcodeSpec } from './opcodes.js';

/** Operand words of one decoded instruction, by operand position. */
export type Operands = ArrayLike<number>;

/** Counts slots for a stack-effect side: a fixed part plus operand-dependent parts. */
type SlotCounter = (args: Operands) => number;

export interface OpInfo {
  readonly spec: OpcodeSpec;
  readonly code: number;
  /** Words the instruction occupies: 1 + number of operands. */
  readonly length: number;
  readonly operandKinds: readonly OperandKind[];
  readonly pops: SlotCounter;
  readonly pushes: SlotCounter;
  /** For branches: slots popped and pushed when the jump is taken. */
  readonly jumpPops: SlotCounter;
  readonly jumpPushes: SlotCounter;
  readonly isBranch: boolean;
  readonly isTerminator: boolean;
  readonly isBackedge: boolean;
  readonly isSafepoint: boolean;
  readonly mayThrow: boolean;
  readonly hasFeedback: boolean;
}

/** Parses one side of a stack effect ('callable args[argc]') into a slot counter. */
function compileSide(side: string, spec: OpcodeSpec): SlotCounter {
  const operandIndex = (name: string): number => {
    const index = spec.operands.findIndex(([n]) => n === name);
    if (index < 0) throw new Error(`opcodes.ts: ${spec.name}: stack effect names unknown operand '${name}'`);
    return index;
  };
  let fixed = 0;
  const parts: SlotCounter[] = [];
  for (const token of side.split(/\s+/).filter(Boolean)) {
    const m = /^[a-z0-9_]+(?:\[([a-z]+)(?:([*&])(\d+))?\])?$/.exec(token);
    if (!m) throw new Error(`opcodes.ts: ${spec.name}: bad stack token '${token}'`);
    if (m[1] === undefined) {
      fixed++;
      continue;
    }
    const index = operandIndex(m[1]);
    const k = Number(m[3] ?? 1);
    if (m[2] === '&') parts.push((args) => ((args[index]! & k) !== 0 ? 1 : 0));
    else parts.push((args) => args[index]! * k);
  }
  if (parts.length === 0) return () => fixed;
  return (args) => parts.reduce((sum, part) => sum + part(args), fixed);
}

function compileEffect(effect: string, spec: OpcodeSpec): [SlotCounter, SlotCounter] {
  const sides = effect.split('--');
  if (sides.length !== 2) throw new Error(`opcodes.ts: ${spec.name}: stack effect needs one '--'`);
  return [compileSide(sides[0]!, spec), compileSide(sides[1]!, spec)];
}

function deriveInfo(spec: OpcodeSpec, code: number): OpInfo {
  const has = (flag: OpFlag): boolean => spec.flags.includes(flag);
  const [pops, pushes] = compileEffect(spec.stack, spec);
  const [jumpPops, jumpPushes] = spec.jumpStack ? compileEffect(spec.jumpStack, spec) : [pops, pushes];
  return {
    spec,
    code,
    length: 1 + spec.operands.length,
    operandKinds: spec.operands.map(([, kind]) => kind),
    pops,
    pushes,
    jumpPops,
    jumpPushes,
    isBranch: has('branch'),
    isTerminator: has('terminator'),
    isBackedge: has('backedge'),
    isSafepoint: has('safepoint'),
    mayThrow: has('may-throw'),
    hasFeedback: spec.feedback !== 'none',
  };
}

/** Derived facts, indexed by opcode number. */
export const OP_INFO: readonly OpInfo[] = OPCODES.map((spec, code) => deriveInfo(spec, code));

const BY_NAME = new Map(OP_INFO.map((info) => [info.spec.name, info]));

export function opInfoByName(name: string): OpInfo | undefined {
  return BY_NAME.get(name);
}

/** The longest instruction, in words (decoders use it to bound reads). */
export const MAX_INSTRUCTION_LENGTH = Math.max(...OP_INFO.map((info) => info.length));

/** Per-instruction feedback slot layout: slot numbers in pc order for every instruction whose
 *  table entry has a feedback kind; -1 elsewhere. Derived, never stored per instruction. */
export function feedbackLayout(words: Int32Array): { slots: Int32Array; count: number } {
  const slots = new Int32Array(words.length).fill(-1);
  let count = 0;
  for (let pc = 0; pc < words.length; ) {
    const info = OP_INFO[words[pc]!];
    if (info === undefined) break;
    if (info.hasFeedback) slots[pc] = count++;
    pc += info.length;
  }
  return { slots, count };
}

/** Instruction length by opcode, for hot loops that step over instructions. */
export const OP_LENGTH: Int8Array = Int8Array.from(OP_INFO.map((info) => info.length));

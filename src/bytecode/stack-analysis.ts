// Stack-height analysis: walks the control flow of one code object and computes the value-stack
// height before every instruction, as QuickJS's compute_stack_size does. The validator uses it
// to reject malformed code; the CodeBuilder uses it to compute max-stack; the JIT and OSR use
// the recorded heights. It reports the first problem as a BytecodeError and never throws else.

import { BytecodeError } from './bytecode-error.js';
import type { CodeObject } from './code-object.js';
import { OP_INFO, type OpInfo } from './opcode-info.js';
import { OPCODE_COUNT } from './opcodes.js';

export interface StackAnalysis {
  /** Height before each instruction; -1 for operand words and unreachable instructions. */
  readonly heights: Int32Array;
  readonly maxStack: number;
  /** True at pcs where an instruction starts. */
  readonly boundaries: Uint8Array;
}

function fail(code: CodeObject, problem: string, pc?: number, info?: OpInfo): never {
  const where: BytecodeError['where'] = { file: code.filename, func: code.qualname };
  if (pc !== undefined) where.pc = pc;
  if (info !== undefined) where.opname = info.spec.name;
  throw new BytecodeError(problem, where);
}

/** Marks instruction starts; rejects unknown opcodes and instructions cut off by the end. */
export function findBoundaries(code: CodeObject): Uint8Array {
  const words = code.code;
  const boundaries = new Uint8Array(words.length + 1);
  let pc = 0;
  while (pc < words.length) {
    const opcode = words[pc]!;
    if (opcode < 0 || opcode >= OPCODE_COUNT) fail(code, `unknown opcode ${opcode}`, pc);
    const info = OP_INFO[opcode]!;
    if (pc + info.length > words.length) fail(code, 'instruction runs past the end of the code', pc, info);
    boundaries[pc] = 1;
    pc += info.length;
  }
  boundaries[words.length] = 1;
  return boundaries;
}

function checkExceptionTable(code: CodeObject, boundaries: Uint8Array): void {
  const n = code.code.length;
  let previousEnd = 0;
  code.exceptionTable.forEach((entry, i) => {
    const row = `exception table entry ${i}`;
    if (!(entry.start >= 0 && entry.start < entry.end && entry.end <= n)) {
      fail(code, `${row}: range ${entry.start}..${entry.end} is empty or outside the code (length ${n})`);
    }
    if (!boundaries[entry.start] || !boundaries[entry.end]) fail(code, `${row}: range ${entry.start}..${entry.end} does not fall on instruction boundaries`);
    if (entry.start < previousEnd) fail(code, `${row}: range ${entry.start}..${entry.end} overlaps or precedes the previous entry`);
    if (!(entry.target >= 0 && entry.target < n && boundaries[entry.target])) fail(code, `${row}: handler target ${entry.target} is not an instruction`);
    if (!(entry.depth >= 0)) fail(code, `${row}: negative stack depth ${entry.depth}`);
    previousEnd = entry.end;
  });
}

/** Computes stack heights; throws BytecodeError on the first inconsistency. */
export function analyzeStack(code: CodeObject): StackAnalysis {
  const words = code.code;
  const n = words.length;
  if (n === 0) fail(code, 'empty code: a code object needs at least a terminator');
  const boundaries = findBoundaries(code);
  checkExceptionTable(code, boundaries);
  const heights = new Int32Array(n).fill(-1);
  const work: number[] = [];
  let maxStack = 0;

  const flowTo = (from: number, target: number, height: number, info: OpInfo, what: string): void => {
    if (target === n && what === 'next instruction') fail(code, 'control falls off the end of the code (missing terminator)', from, info);
    if (!(target >= 0 && target < n)) fail(code, `${what} ${target} is outside the code (length ${n})`, from, info);
    if (!boundaries[target]) fail(code, `${what} ${target} is inside an instruction`, from, info);
    const known = heights[target]!;
    if (known === -1) {
      heights[target] = height;
      work.push(target);
    } else if (known !== height) {
      fail(code, `inconsistent stack height at merge point ${target}: ${known} vs ${height}`, from, info);
    }
  };

  // Rows are sorted and disjoint (checked above), so each pc has at most one handler row:
  // mark them once, instead of scanning the table for every instruction.
  const handlerRow = new Int32Array(n).fill(-1);
  code.exceptionTable.forEach((entry, row) => handlerRow.fill(row, entry.start, entry.end));
  heights[0] = 0;
  work.push(0);
  while (work.length > 0) {
    const pc = work.pop()!;
    const height = heights[pc]!;
    const info = OP_INFO[words[pc]!]!;
    const args = words.subarray(pc + 1, pc + info.length);
    checkDepthOperands(code, pc, info, args, height);
    const pops = info.pops(args);
    if (pops > height) fail(code, `stack underflow: needs ${pops} value(s), has ${height}`, pc, info);
    const after = height - pops + info.pushes(args);
    maxStack = Math.max(maxStack, after, height);
    if (!info.isTerminator) flowTo(pc, pc + info.length, after, info, 'next instruction');
    if (info.isBranch) {
      const jumpIndex = info.operandKinds.indexOf('jump');
      const jumpHeight = height - info.jumpPops(args) + info.jumpPushes(args);
      flowTo(pc, args[jumpIndex]!, jumpHeight, info, 'jump target');
    }
    const row = handlerRow[pc]!;
    if (row >= 0) {
      const entry = code.exceptionTable[row]!;
      if (entry.depth > height) fail(code, `exception handler depth ${entry.depth} exceeds stack height ${height}`, pc, info);
      maxStack = Math.max(maxStack, entry.depth + 1);
      flowTo(pc, entry.target, entry.depth + 1, info, 'exception handler');
    }
  }
  return { heights, maxStack, boundaries };
}

/** COPY/SWAP/LIST_APPEND and friends reach below the top: that depth must exist. */
function checkDepthOperands(code: CodeObject, pc: number, info: OpInfo, args: ArrayLike<number>, height: number): void {
  info.operandKinds.forEach((kind, i) => {
    if (kind !== 'depth') return;
    const depth = args[i]!;
    const available = height - info.pops(args);
    const minimum = info.spec.name === 'SWAP' ? 2 : 1;
    const limit = info.spec.name === 'COPY' || info.spec.name === 'SWAP' ? height : available;
    if (depth < minimum || depth > limit) fail(code, `stack depth operand ${depth} is out of range (1..${limit})`, pc, info);
  });
}

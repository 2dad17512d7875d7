// The validator: runs on every loaded or assembled module before anything executes, and
// rejects with a BytecodeError anything the interpreter or JIT would otherwise have to guard
// against (ARCHITECTURE.md §3). It derives every check from the instruction table, records
// the stack height per pc and the feedback slot layout on each CodeObject, and changes
// nothing else. It never executes guest code. loadModule = decode (binary-format.ts) + validate.

import { decodeModule } from './binary-format.js';
import { BytecodeError } from './bytecode-error.js';
import { CodeObject, type ConstValue } from './code-object.js';
import { OP_INFO, feedbackLayout, type OpInfo } from './opcode-info.js';
import { BINARY_OP_COUNT, CODE_FLAGS_MASK, COMPARE_OPS, type OpcodeName, type OperandKind } from './opcodes.js';
import { analyzeStack, findBoundaries, type StackAnalysis } from './stack-analysis.js';
import { PyTuple } from '../runtime/values.js';

/** Largest 'count' and 'depth' operand. */
export const MAX_COUNT = 65535;
/** Largest maxStack a code object may declare (the interpreter allocates it per frame). */
export const MAX_STACK = 1 << 20;

/** Counts narrower than MAX_COUNT, where the doc line of the opcode says so. */
const COUNT_RANGES: Partial<Record<OpcodeName, readonly [min: number, max: number]>> = {
  BUILD_SLICE: [2, 3],
  RAISE_VARARGS: [0, 2],
};

/** Opcodes with a keyword-names operand (CALL_KW and friends), found by operand name. */
const KWNAMES_OPCODES = new Set(OP_INFO.filter((info) => info.spec.operands.some(([name]) => name === 'kwnames')).map((info) => info.code));

/** Decodes a `.cvm` file and validates every code object in it. */
export function loadModule(bytes: Uint8Array, filename: string): CodeObject {
  const code = decodeModule(bytes, filename);
  validateModule(code);
  return code;
}

/** Validates a module's code and, breadth first, every code object among its constants. */
export function validateModule(root: CodeObject): void {
  const queue: CodeObject[] = [root];
  const seen = new Set<CodeObject>(queue);
  for (let i = 0; i < queue.length; i++) {
    const code = queue[i]!;
    validateCode(code);
    for (const value of code.consts) {
      if (value instanceof CodeObject && !seen.has(value)) {
        seen.add(value);
        queue.push(value);
      }
    }
  }
}

/** Validates one code object (not its nested code) and records its analysis results. */
export function validateCode(code: CodeObject): void {
  checkHeader(code);
  const boundaries = findBoundaries(code);
  checkInstructions(code, boundaries);
  const analysis = analyzeStack(code);
  if (code.maxStack < analysis.maxStack) {
    fail(code, `maxStack ${code.maxStack} is less than the computed stack depth ${analysis.maxStack}`);
  }
  checkLineTable(code, boundaries);
  recordAnalysis(code, analysis);
}

function fail(code: CodeObject, problem: string, pc?: number, info?: OpInfo): never {
  const where: BytecodeError['where'] = { file: code.filename, func: code.qualname };
  if (pc !== undefined) where.pc = pc;
  if (info !== undefined) where.opname = info.spec.name;
  throw new BytecodeError(problem, where);
}

function checkHeader(code: CodeObject): void {
  if ((code.flags & ~CODE_FLAGS_MASK) !== 0) {
    fail(code, `code flags 0x${(code.flags >>> 0).toString(16)} have bits outside CODE_FLAGS_MASK 0x${CODE_FLAGS_MASK.toString(16)}`);
  }
  const counts = { argCount: code.argCount, posOnlyArgCount: code.posOnlyArgCount, kwOnlyArgCount: code.kwOnlyArgCount, maxStack: code.maxStack };
  for (const [field, value] of Object.entries(counts)) {
    if (value < 0) fail(code, `${field} ${value} is negative`);
  }
  if (code.firstLineNo < 1) fail(code, `first line number ${code.firstLineNo} is less than 1`);
  if (code.posOnlyArgCount > code.argCount) {
    fail(code, `posOnlyArgCount ${code.posOnlyArgCount} exceeds argCount ${code.argCount}`);
  }
  if (code.totalArgs > code.varnames.length) {
    fail(code, `the arguments need ${code.totalArgs} local(s) (argCount + kwOnlyArgCount + *args + **kwargs) but varnames has ${code.varnames.length}`);
  }
  if (code.maxStack > MAX_STACK) fail(code, `maxStack ${code.maxStack} exceeds the limit ${MAX_STACK}`);
}

/** Operand checks on every instruction, reachable or not. */
function checkInstructions(code: CodeObject, boundaries: Uint8Array): void {
  const words = code.code;
  for (let pc = 0; pc < words.length; ) {
    const info = OP_INFO[words[pc]!]!;
    const kinds = info.operandKinds;
    for (let i = 0; i < kinds.length; i++) {
      const problem = operandProblem(code, boundaries, pc, info, kinds[i]!, words[pc + 1 + i]!);
      if (problem !== null) fail(code, problem, pc, info);
    }
    if (KWNAMES_OPCODES.has(info.code)) checkKeywordNames(code, pc, info);
    pc += info.length;
  }
}

function operandProblem(code: CodeObject, boundaries: Uint8Array, pc: number, info: OpInfo, kind: OperandKind, v: number): string | null {
  switch (kind) {
    case 'const':
      return inRange(v, code.consts.length) ? null : `constant index ${v} out of range (${code.consts.length} constants)`;
    case 'name':
      return inRange(v, code.names.length) ? null : `name index ${v} out of range (${code.names.length} names)`;
    case 'local':
      return inRange(v, code.varnames.length) ? null : `local index ${v} out of range (${code.varnames.length} locals)`;
    case 'cell': {
      const cells = code.cellvars.length + code.freevars.length;
      return inRange(v, cells) ? null : `cell index ${v} out of range (${cells} cell and free variables)`;
    }
    case 'jump':
      return jumpProblem(code, boundaries, pc, info, v);
    case 'count': {
      const [min, max] = COUNT_RANGES[info.spec.name as OpcodeName] ?? [0, MAX_COUNT];
      return v >= min && v <= max ? null : `count ${v} out of range (${min}..${max})`;
    }
    case 'depth':
      return v >= 1 && v <= MAX_COUNT ? null : `stack depth operand ${v} is out of range (1..${MAX_COUNT})`;
    case 'binop':
      return inRange(v, BINARY_OP_COUNT) ? null : `binary operator id ${v} out of range (0..${BINARY_OP_COUNT - 1})`;
    case 'cmpop':
      return inRange(v, COMPARE_OPS.length) ? null : `comparison operator id ${v} out of range (0..${COMPARE_OPS.length - 1})`;
    case 'flag':
      return v === 0 || v === 1 ? null : `flag operand ${v} is not 0 or 1`;
    case 'bits': {
      const mask = info.spec.bitsMask ?? 0;
      return (v & ~mask) === 0 ? null : `bits operand 0x${(v >>> 0).toString(16)} has bits outside the mask 0x${mask.toString(16)}`;
    }
  }
}

function inRange(v: number, length: number): boolean {
  return v >= 0 && v < length;
}

/** Jump targets must start an instruction; only back-edge instructions (JUMP_BACKWARD) may go
 *  backward, so every loop passes a safepoint and an OSR counter. A back-edge may target itself. */
function jumpProblem(code: CodeObject, boundaries: Uint8Array, pc: number, info: OpInfo, target: number): string | null {
  const n = code.code.length;
  if (!(target >= 0 && target < n)) return `jump target ${target} is outside the code (length ${n})`;
  if (!boundaries[target]) return `jump target ${target} is inside an instruction`;
  if (info.isBackedge && target > pc) return `back-edge jump target ${target} is after the instruction`;
  if (!info.isBackedge && target <= pc) return `jump target ${target} is not after the instruction; only JUMP_BACKWARD may jump backward`;
  return null;
}

/** CALL_KW-style calls: consts[kwnames] is a tuple of str, no longer than the argument count. */
function checkKeywordNames(code: CodeObject, pc: number, info: OpInfo): void {
  const operand = (name: string): number => code.code[pc + 1 + info.spec.operands.findIndex(([n]) => n === name)]!;
  const index = operand('kwnames');
  const value: ConstValue = code.consts[index]!;
  if (!(value instanceof PyTuple) || !value.items.every((item) => typeof item === 'string')) {
    fail(code, `keyword names constant #${index} is not a tuple of strings`, pc, info);
  }
  const argc = operand('argc');
  if (value.items.length > argc) {
    fail(code, `keyword names constant #${index} names ${value.items.length} keyword(s) but the call passes only ${argc} argument(s)`, pc, info);
  }
}

/** Pairs (pc, line): pcs strictly increasing, each an instruction start; lines >= 1. */
function checkLineTable(code: CodeObject, boundaries: Uint8Array): void {
  const table = code.lineTable;
  const n = code.code.length;
  if (table.length % 2 !== 0) fail(code, `line table has an odd number of words (${table.length})`);
  let previous = -1;
  for (let i = 0; i < table.length; i += 2) {
    const pc = table[i]!;
    const line = table[i + 1]!;
    const entry = `line table entry ${i / 2}`;
    if (pc <= previous) fail(code, `${entry}: pc ${pc} does not follow the previous entry's pc ${previous}`);
    if (!(pc < n && boundaries[pc])) fail(code, `${entry}: pc ${pc} is not the start of an instruction`);
    if (line < 1) fail(code, `${entry}: line ${line} is less than 1`);
    previous = pc;
  }
}

/** Stack heights for the JIT and OSR; one feedback slot per instruction whose spec asks. */
function recordAnalysis(code: CodeObject, analysis: StackAnalysis): void {
  const layout = feedbackLayout(code.code);
  code.stackHeights = analysis.heights;
  code.feedbackSlots = layout.slots;
  code.feedbackSlotCount = layout.count;
}

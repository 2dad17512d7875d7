// CodeBuilder: the one way to produce a CodeObject from scratch, used by the assembler and the
// Python compiler. It emits instructions, resolves labels (back-patching forward jumps),
// pools constants and names, records lines and exception regions, and computes max-stack with
// the validator's own stack analysis, so anything it builds is valid by construction.

import { CodeObject, type ConstValue, type ExceptionEntry } from './code-object.js';
import { OP_INFO, feedbackLayout } from './opcode-info.js';
import { OPCODES } from './opcodes.js';
import { analyzeStack } from './stack-analysis.js';
import { PyBytes, PyFloat, PyTuple } from '../runtime/values.js';

/** A position in the code, bound once; jumps to it are patched when the code is built. */
export class Label {
  pc = -1;
  constructor(readonly debugName = '') {}
}

/** An exception region: instructions emitted while it is innermost unwind to `handler`. */
interface Handler {
  readonly handler: Label;
  readonly depth: number;
}

/** Explicit exception-table row (the assembler states the table directly). */
interface ExplicitEntry {
  readonly start: Label;
  readonly end: Label;
  readonly target: Label;
  readonly depth: number;
}

export interface CodeHeader {
  name: string;
  qualname?: string;
  filename: string;
  firstLineNo: number;
  argCount?: number;
  posOnlyArgCount?: number;
  kwOnlyArgCount?: number;
  flags?: number;
  varnames?: string[];
  cellvars?: string[];
  freevars?: string[];
}

export class CodeBuilder {
  private readonly words: number[] = [];
  private readonly patches: Array<{ at: number; label: Label; op: string }> = [];
  private readonly consts: ConstValue[] = [];
  private readonly constIndex = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[];
  readonly cellvars: string[];
  readonly freevars: string[];
  private readonly lines: number[] = [];
  private readonly handlerStack: Handler[] = [];
  /** Innermost handler of each emitted instruction, by instruction start pc. */
  private readonly handlerAt: Array<Handler | null> = [];
  private readonly explicitEntries: ExplicitEntry[] = [];
  /** Source line attributed to the next instruction. */
  line: number;

  constructor(readonly header: CodeHeader) {
    this.varnames = [...(header.varnames ?? [])];
    this.cellvars = [...(header.cellvars ?? [])];
    this.freevars = [...(header.freevars ?? [])];
    this.line = header.firstLineNo;
  }

  /** The pc the next instruction will get. */
  get pc(): number {
    return this.words.length;
  }

  newLabel(debugName = ''): Label {
    return new Label(debugName);
  }

  bind(label: Label): void {
    if (label.pc !== -1) throw new Error(`CodeBuilder: label ${label.debugName} bound twice`);
    label.pc = this.words.length;
  }

  /** Emits one instruction; a Label stands for a jump operand. */
  emit(opcode: number, ...operands: Array<number | Label>): void {
    const info = OP_INFO[opcode];
    if (!info) throw new Error(`CodeBuilder: unknown opcode ${opcode}`);
    if (operands.length !== info.length - 1) {
      throw new Error(`CodeBuilder: ${info.spec.name} takes ${info.length - 1} operand(s), got ${operands.length}`);
    }
    const pc = this.words.length;
    this.handlerAt[pc] = this.handlerStack.at(-1) ?? null;
    this.lines[pc] = this.line;
    this.words.push(opcode);
    for (const operand of operands) {
      if (operand instanceof Label) {
        this.patches.push({ at: this.words.length, label: operand, op: info.spec.name });
        this.words.push(-1);
      } else {
        this.words.push(operand);
      }
    }
  }

  /** Instructions emitted until the matching popHandler unwind to `handler` at `depth`. */
  pushHandler(handler: Label, depth: number): void {
    this.handlerStack.push({ handler, depth });
  }

  popHandler(): void {
    if (this.handlerStack.pop() === undefined) throw new Error('CodeBuilder: popHandler without pushHandler');
  }

  addExceptionEntry(start: Label, end: Label, target: Label, depth: number): void {
    this.explicitEntries.push({ start, end, target, depth });
  }

  /** Index of a constant, shared with an equal earlier one where that is safe. */
  constant(value: ConstValue): number {
    const key = constKey(value);
    if (key !== null) {
      const known = this.constIndex.get(key);
      if (known !== undefined) return known;
      this.constIndex.set(key, this.consts.length);
    }
    this.consts.push(value);
    return this.consts.length - 1;
  }

  /** Appends a constant without sharing (the assembler keeps the pool as written). */
  appendConstant(value: ConstValue): number {
    this.consts.push(value);
    return this.consts.length - 1;
  }

  name(name: string): number {
    let index = this.nameIndex.get(name);
    if (index === undefined) {
      index = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, index);
    }
    return index;
  }

  /** Appends a name without sharing (the assembler keeps the table as written). */
  appendName(name: string): number {
    this.names.push(name);
    if (!this.nameIndex.has(name)) this.nameIndex.set(name, this.names.length - 1);
    return this.names.length - 1;
  }

  local(name: string): number {
    let index = this.varnames.indexOf(name);
    if (index < 0) {
      index = this.varnames.length;
      this.varnames.push(name);
    }
    return index;
  }

  /** Index of a cell or free variable in cellvars ++ freevars. */
  cell(name: string): number {
    const cellIndex = this.cellvars.indexOf(name);
    if (cellIndex >= 0) return cellIndex;
    const freeIndex = this.freevars.indexOf(name);
    if (freeIndex >= 0) return this.cellvars.length + freeIndex;
    throw new Error(`CodeBuilder: '${name}' is neither a cell nor a free variable`);
  }

  build(): CodeObject {
    this.resolveJumps();
    const h = this.header;
    const code = new CodeObject({
      name: h.name,
      qualname: h.qualname ?? h.name,
      filename: h.filename,
      firstLineNo: h.firstLineNo,
      argCount: h.argCount ?? 0,
      posOnlyArgCount: h.posOnlyArgCount ?? 0,
      kwOnlyArgCount: h.kwOnlyArgCount ?? 0,
      flags: h.flags ?? 0,
      code: Int32Array.from(this.words),
      consts: this.consts,
      names: this.names,
      varnames: this.varnames,
      cellvars: this.cellvars,
      freevars: this.freevars,
      lineTable: this.buildLineTable(),
      exceptionTable: this.buildExceptionTable(),
      maxStack: 0,
    });
    const analysis = analyzeStack(code);
    code.maxStack = analysis.maxStack;
    code.stackHeights = analysis.heights;
    const layout = feedbackLayout(code.code);
    code.feedbackSlots = layout.slots;
    code.feedbackSlotCount = layout.count;
    return code;
  }

  private resolveJumps(): void {
    for (const { at, label, op } of this.patches) {
      if (label.pc === -1) throw new Error(`CodeBuilder: ${op} jumps to unbound label ${label.debugName}`);
      this.words[at] = label.pc;
    }
    this.patches.length = 0;
  }

  private buildLineTable(): Int32Array {
    const pairs: number[] = [];
    let last = Number.NaN;
    this.lines.forEach((line, pc) => {
      if (line !== last) {
        pairs.push(pc, line);
        last = line;
      }
    });
    return Int32Array.from(pairs);
  }

  /** Coalesces runs of instructions with the same innermost handler into table rows. */
  private buildExceptionTable(): ExceptionEntry[] {
    const entries: ExceptionEntry[] = [];
    let open: { start: number; handler: Handler } | null = null;
    const close = (end: number): void => {
      if (open) entries.push({ start: open.start, end, target: open.handler.handler.pc, depth: open.handler.depth });
      open = null;
    };
    this.handlerAt.forEach((handler, pc) => {
      if (open && open.handler === handler) return;
      close(pc);
      if (handler) open = { start: pc, handler };
    });
    close(this.words.length);
    for (const e of this.explicitEntries) {
      entries.push({ start: e.start.pc, end: e.end.pc, target: e.target.pc, depth: e.depth });
    }
    for (const entry of entries) {
      if (entry.target < 0) throw new Error('CodeBuilder: exception handler label never bound');
    }
    return entries;
  }
}

/** Sharing key for a constant, or null where sharing would be wrong or pointless. */
function constKey(value: ConstValue): string | null {
  switch (typeof value) {
    case 'number':
      return `i${value}`;
    case 'bigint':
      return `b${value}`;
    case 'string':
      return `s${value}`;
    case 'boolean':
      return `B${value}`;
  }
  if (value === null) return 'N';
  if (value instanceof PyFloat) return Object.is(value.value, -0) ? 'f-0' : `f${value.value}`;
  if (value instanceof PyTuple) {
    const parts = value.items.map(constKey);
    return parts.includes(null) ? null : `t(${parts.join(',')})`;
  }
  if (value instanceof PyBytes) return `y${Array.from(value.data).join(',')}`;
  return null;
}

/** The names of all opcodes, for error messages in tools built on the builder. */
export const OPCODE_NAMES: readonly string[] = OPCODES.map((spec) => spec.name);

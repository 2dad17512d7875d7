// CodeObject: one compiled function, class body or module body. Produced by the CodeBuilder
// (assembler, Python compiler) or the binary loader, checked by the validator, then shared
// read-only by both tiers. Mutable execution state (counters, feedback, compiled entries)
// hangs off `runtime`, owned by the VM, never by the bytecode layer.

import type { PyValue } from '../runtime/values.js';

/** A constant-pool entry: a guest value or a nested code object. */
export type ConstValue = PyValue | CodeObject;

/** One exception-table row: an exception raised at pc in [start, end) truncates the value
 *  stack to `depth`, pushes the exception, and continues at `target` (CPython 3.11 model). */
export interface ExceptionEntry {
  readonly start: number;
  readonly end: number;
  readonly target: number;
  readonly depth: number;
}

export interface CodeFields {
  name: string;
  qualname: string;
  filename: string;
  firstLineNo: number;
  argCount: number;
  posOnlyArgCount: number;
  kwOnlyArgCount: number;
  flags: number;
  code: Int32Array;
  consts: ConstValue[];
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  /** Pairs (startPc, line), strictly increasing pcs: instructions from startPc on are on line. */
  lineTable: Int32Array;
  exceptionTable: ExceptionEntry[];
  maxStack: number;
}

export class CodeObject implements CodeFields {
  name!: string;
  qualname!: string;
  filename!: string;
  firstLineNo!: number;
  argCount!: number;
  posOnlyArgCount!: number;
  kwOnlyArgCount!: number;
  flags!: number;
  code!: Int32Array;
  consts!: ConstValue[];
  names!: string[];
  varnames!: string[];
  cellvars!: string[];
  freevars!: string[];
  lineTable!: Int32Array;
  exceptionTable!: ExceptionEntry[];
  maxStack!: number;

  /** Stack height before each instruction (-1 for operand words and unreachable code);
   *  recorded by the validator, relied on by the JIT and OSR. */
  stackHeights: Int32Array | null = null;
  /** Feedback slot of each instruction pc, or -1. */
  feedbackSlots: Int32Array | null = null;
  feedbackSlotCount = 0;
  /** Execution state owned by the VM (counters, feedback vectors, compiled entries). */
  runtime: unknown = null;

  constructor(fields: CodeFields) {
    Object.assign(this, fields);
  }

  get nlocals(): number {
    return this.varnames.length;
  }

  /** For each cellvar, the argument slot whose value its cell starts with, or -1 (a cell of
   *  an argument captured by an inner function). Computed on first use. */
  get cellArgSlots(): Int32Array {
    if (this.cellArgs === null) {
      const nargs = this.totalArgs;
      this.cellArgs = Int32Array.from(this.cellvars, (name) => {
        const i = this.varnames.indexOf(name);
        return i >= 0 && i < nargs ? i : -1;
      });
    }
    return this.cellArgs;
  }
  private cellArgs: Int32Array | null = null;

  /** Total argument slots, including *args and **kwargs. */
  get totalArgs(): number {
    return this.argCount + this.kwOnlyArgCount + ((this.flags & 0x4) !== 0 ? 1 : 0) + ((this.flags & 0x8) !== 0 ? 1 : 0);
  }

  /** Source line of the instruction at pc (binary search in the line table). */
  lineAt(pc: number): number {
    const table = this.lineTable;
    let lo = 0;
    let hi = (table.length >> 1) - 1;
    if (hi < 0) return this.firstLineNo;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (table[mid * 2]! <= pc) lo = mid;
      else hi = mid - 1;
    }
    return table[lo * 2]! <= pc ? table[lo * 2 + 1]! : this.firstLineNo;
  }
}

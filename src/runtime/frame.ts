// Frame: the canonical activation record of a guest function (ARCHITECTURE.md §4). Plain data
// shared by both tiers: the interpreter runs on it, compiled code rebuilds one at every exit,
// generators and debuggers hold it. `pc` always names the instruction being executed (the
// write-back rule), so tracebacks and exception handlers find the right line and range.

import type { CodeObject } from '../bytecode/code-object.js';
import type { PyCell, PyDict, PyFunction, PyGenerator } from './objects.js';
import type { PyValue } from './values.js';

export class Frame {
  pc = 0;
  sp = 0;
  readonly stack: PyValue[];
  readonly locals: Array<PyValue | undefined>;
  /** Cells for cellvars, then the closure's cells for freevars. */
  cells: PyCell[] | null = null;
  back: Frame | null = null;
  /** Namespace for LOAD_NAME/STORE_NAME in module and class bodies. */
  namespace: PyDict | null = null;
  generator: PyGenerator | null = null;
  /** For a frame running __init__ on behalf of a class call: the new instance, returned
   *  to the caller instead of __init__'s None. */
  initSelf: PyValue | undefined = undefined;
  /** Set when the frame suspended at YIELD_VALUE rather than returning. */
  yielded = false;

  constructor(
    readonly code: CodeObject,
    public globals: PyDict,
    public builtins: PyDict,
    public func: PyFunction | null,
  ) {
    this.stack = new Array<PyValue>(code.maxStack).fill(null);
    this.locals = new Array<PyValue | undefined>(code.varnames.length).fill(undefined);
  }

  /** Makes a returned frame ready for another call of the same code (frame pooling). */
  reuse(globals: PyDict, builtins: PyDict, func: PyFunction | null): void {
    this.globals = globals;
    this.builtins = builtins;
    this.func = func;
    this.pc = 0;
    this.sp = 0;
    this.cells = null;
    this.back = null;
    this.initSelf = undefined;
    this.locals.fill(undefined);
  }
}

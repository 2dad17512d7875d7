// Profiling state the interpreter keeps per code object for the JIT: call and back-edge
// counters (weighted, with backoff after a failed or declined compile) and one feedback slot
// per instruction whose table entry names a feedback kind. Recording costs a few stores.

import type { CodeObject } from '../src/bytecode/code-object.js';
import type { Frame } from '../src/runtime/frame.js';
import { isDunder } from '../src/runtime/protocols.js';
import type { OrderedTable } from '../src/runtime/hash-table.js';
import type { HotLoopResult } from '../src/runtime/tiers.js';
import type { PyType } from '../src/runtime/type-object.js';
import type { PyValue } from '../src/runtime/values.js';

export class CodeProfile {
  /** Calls of a function; resumes of a generator. */
  calls = 0;
  backedges = 0;
  /** A generator code's compiled code (installed by the JIT host), run at each resume. */
  generatorEntry: ((frame: Frame) => HotLoopResult) | null = null;
  /** Operand type bits (TypeBit) per feedback slot: binary and compare sites (right operand
   *  << 16), for-loop values. */
  readonly typeBits: Int32Array;
  /** Receiver class at attribute and call sites: a PyType, 'megamorphic', or undefined. */
  readonly classes: Array<PyType | 'megamorphic' | undefined>;

  /** Frames of returned calls, reused by the next calls (no generator frames). */
  readonly framePool: Frame[] = [];
  /** LOAD_GLOBAL inline caches, per feedback slot: the globals table and both dicts'
   *  versions they were filled under, where the value lives (1 = builtins) and its position. */
  readonly globalTable: Array<OrderedTable | null>;
  readonly globalVersion: Int32Array;
  readonly builtinsVersion: Int32Array;
  readonly globalInBuiltins: Uint8Array;
  readonly globalPos: Int32Array;
  /** Attribute-site inline caches, per feedback slot: the receiver class seen, the class epoch
   *  it was checked in, and whether the fast path applies (1) or not (0). The class doubles as
   *  the JIT's receiver feedback. */
  readonly attrType: Array<PyType | null>;
  readonly attrEpoch: Int32Array;
  readonly attrPlain: Uint8Array;
  /** Method-site inline caches, per feedback slot (with attrType and attrEpoch): the method
   *  an instance of that class finds, or undefined for getattr. */
  readonly methods: Array<PyValue | undefined>;
  /** Per name of code.names: 1 when attribute sites of that name may use the receiver class's
   *  class-wide layout (PyType.plainRead/plainWrite), i.e. it is not a dunder. */
  readonly layoutNames: Uint8Array;

  constructor(readonly code: CodeObject) {
    const n = code.feedbackSlotCount;
    this.typeBits = new Int32Array(n);
    this.classes = new Array(n);
    this.globalTable = new Array<OrderedTable | null>(n).fill(null);
    this.globalVersion = new Int32Array(n);
    this.builtinsVersion = new Int32Array(n);
    this.globalInBuiltins = new Uint8Array(n);
    this.globalPos = new Int32Array(n);
    this.attrType = new Array<PyType | null>(n).fill(null);
    this.attrEpoch = new Int32Array(n).fill(-1);
    this.attrPlain = new Uint8Array(n);
    this.methods = new Array<PyValue | undefined>(n);
    this.layoutNames = Uint8Array.from(code.names, (name) => (isDunder(name) ? 0 : 1));
  }

  recordClass(slot: number, type: PyType): void {
    const seen = this.classes[slot];
    if (seen === undefined) this.classes[slot] = type;
    else if (seen !== type) this.classes[slot] = 'megamorphic';
  }
}

/** Returned frames kept per code object: enough for loops of calls, bounded after deep recursion. */
export const FRAME_POOL_LIMIT = 8;

export function profileOf(code: CodeObject): CodeProfile {
  let profile = code.runtime as CodeProfile | null;
  if (profile === null) {
    profile = new CodeProfile(code);
    code.runtime = profile;
  }
  return profile;
}

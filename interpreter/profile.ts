// Profiling state the interpreter keeps per code object for the JIT: call and back-edge
// counters (weighted, with backoff after a failed or declined compile) and one feedback slot
// per instruction whose table entry names a feedback kind. Recording costs a few stores.

import type { CodeObject } from '../src/bytecode/code-object.js';
import type { PyType } from '../src/runtime/type-object.js';

/** Observed operand classes at a BINARY_OP / COMPARE_OP site, as a bit set. */
export const enum TypeBit {
  Int = 1,
  BigInt = 2,
  Float = 4,
  Bool = 8,
  Str = 16,
  None = 32,
  List = 64,
  Tuple = 128,
  Dict = 256,
  Other = 512,
}

export class CodeProfile {
  calls = 0;
  backedges = 0;
  /** Operand type bits per feedback slot (binary/compare/unary/subscr/iter sites). */
  readonly typeBits: Int32Array;
  /** Receiver class at attribute and call sites: a PyType, 'megamorphic', or undefined. */
  readonly classes: Array<PyType | 'megamorphic' | undefined>;

  constructor(readonly code: CodeObject) {
    this.typeBits = new Int32Array(code.feedbackSlotCount);
    this.classes = new Array(code.feedbackSlotCount);
  }

  recordClass(slot: number, type: PyType): void {
    const seen = this.classes[slot];
    if (seen === undefined) this.classes[slot] = type;
    else if (seen !== type) this.classes[slot] = 'megamorphic';
  }
}

export function profileOf(code: CodeObject): CodeProfile {
  let profile = code.runtime as CodeProfile | null;
  if (profile === null) {
    profile = new CodeProfile(code);
    code.runtime = profile;
  }
  return profile;
}

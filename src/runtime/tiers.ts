// What the two tiers agree on when control passes between them inside one guest frame
// (ARCHITECTURE.md §6, OSR and deopt). The interpreter's hot-loop hook answers with a
// function result, OSR_DECLINED (keep interpreting), or FRAME_HANDED_BACK: compiled code
// that was entered on-stack has written the frame's live state, pc and stack height back
// into the interpreter frame, and the interpreter continues there. When the hand-back
// happened because of a guest exception, `handback` holds it until the interpreter
// rethrows it at that pc (its handler search and traceback then run as if it had been
// raised in tier 0; `reraise` means the exception already carries this frame's line).

import type { PyBaseException } from './objects.js';
import type { PyValue } from './values.js';

export const OSR_DECLINED: unique symbol = Symbol('OSR declined');
export const FRAME_HANDED_BACK: unique symbol = Symbol('frame handed back');

export type HotLoopResult = PyValue | typeof OSR_DECLINED | typeof FRAME_HANDED_BACK;

export const handback: { exception: PyBaseException | null; reraise: boolean } = { exception: null, reraise: false };

/** The classes of values the interpreter's type feedback records (and the JIT's type
 *  lattice builds on): one bit each, so a site's observations are their union. */
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

/** What the interpreter records at a call site's feedback slot (CALL, CALL_METHOD): the kinds
 *  of callee it has seen, one bit each. */
export const enum CalleeBit {
  /** A Python function (for CALL_METHOD: with the receiver LOAD_METHOD pushed). */
  Function = 1,
  /** A native method with its receiver (CALL_METHOD). */
  Descriptor = 2,
  /** A native function or a built-in class (CALL). */
  Native = 4,
  /** Anything else: bound methods, Python classes, callables without a receiver at CALL_METHOD. */
  Other = 8,
}

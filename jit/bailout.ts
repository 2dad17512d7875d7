// The named reasons why the JIT leaves a function in the interpreter (LuaJIT's lj_traceerr.h
// style): one table, so --trace-jit and tests print the same words. A bail-out is never a
// crash: the function simply keeps running in tier 0 and is not tried again.

export const BAILOUT_REASONS = {
  GENERATOR: 'a generator is compiled as a resumable frame, entered at its start and after each yield, not as a call or loop entry',
  CLASS_BODY: 'class bodies stay in the interpreter',
  MODULE_BODY: 'module bodies stay in the interpreter',
  NAMESPACE_OPS: 'LOAD_NAME/STORE_NAME/DELETE_NAME need a namespace frame',
  CLASSDEREF: 'LOAD_CLASSDEREF is only used in class bodies',
  IMPORT_STAR: 'IMPORT_STAR writes a namespace',
  YIELD: 'YIELD_VALUE needs a suspendable frame (a generator)',
  FRAME_INTROSPECTION: 'calls locals(), or dir()/vars() without arguments, which read the interpreter frame',
  NOT_VALIDATED: 'no stack heights: the code was not validated',
  CODEGEN_DISALLOWED: 'code generation from strings is not allowed',
} as const;

export type BailoutReason = keyof typeof BAILOUT_REASONS;

/** Thrown inside the compiler to abandon one function with a named reason. */
export class Bailout extends Error {
  override name = 'Bailout';

  constructor(readonly reason: BailoutReason, readonly pc: number = -1) {
    super(BAILOUT_REASONS[reason]);
  }
}

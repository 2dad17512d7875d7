// JIT pass 5: from an ESTree program to a callable. astring prints the tree (with the pc/line
// comments), acorn re-parses it under --jit-verify, and `new Function` compiles a factory
// that receives the runtime bindings and returns the named guest function. The trailing
// //# sourceURL names it for V8's profiler, --trace-deopt and stack traces.

import * as acorn from 'acorn';
import { generate } from 'astring';
import * as b from './estree.js';

export interface EmitOptions {
  /** Re-parse the generated source with acorn before compiling it. */
  verify: boolean;
}

export interface Emitted {
  readonly source: string;
  /** The factory: call it with the binding values to get the compiled function. */
  readonly factory: (...bindings: unknown[]) => unknown;
}

/** Why emission failed in a way that is not a JIT bug. */
export class CodeGenerationDisallowed extends Error {
  override name = 'CodeGenerationDisallowed';
}

/** Prints `body` (statements of the factory, ending in a return of the function). */
export function printProgram(body: b.Stmt[]): string {
  return generate(b.program(body) as never, { comments: true });
}

export function emit(bindingNames: string[], body: b.Stmt[], sourceURL: string, options: EmitOptions): Emitted {
  const source = printProgram(body);
  if (options.verify) acorn.parse(source, { ecmaVersion: 2022, sourceType: 'script', allowReturnOutsideFunction: true });
  const url = sourceURL.replace(/[^\w.:/<>$-]/g, '_');
  let factory: (...bindings: unknown[]) => unknown;
  try {
    factory = new Function(...bindingNames, `${source}\n//# sourceURL=${url}`) as typeof factory;
  } catch (e) {
    if (e instanceof EvalError) throw new CodeGenerationDisallowed(e.message);
    throw e;
  }
  return { source, factory };
}

/** True when this process allows code generation from strings. */
export function codeGenerationAllowed(): boolean {
  try {
    return new Function('return 1')() === 1;
  } catch {
    return false;
  }
}

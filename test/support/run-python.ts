// Runs a Python program in-process in a fresh VM, the way `corevm run` would, and captures
// what it prints. Used by the corpus test; each run gets its own VM and working directory.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { PySyntaxError, formatSyntaxError } from '../../src/frontend/diagnostics.js';
import { compileModule } from '../../src/frontend/python/compiler.js';
import { validateModule } from '../../src/bytecode/validator.js';
import { VM, type VMOptions } from '../../src/vm.js';

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

export interface RunOptions {
  /** Bound on calls + back-edges so a runaway program fails instead of hanging the suite. */
  stepBudget?: number;
  /** The tier configuration (default 'off', the interpreter only); see JIT_MODES. */
  jit?: JitMode;
}

/** The five configurations the corpus runs in. All but 'off' re-parse generated code. */
export const JIT_MODES = {
  /** The interpreter only (--no-jit). */
  off: { jit: 'off' },
  /** What `corevm run` does: tier-up at the default call and back-edge thresholds. */
  default: { jitVerify: true },
  /** Every function compiled on its first call (--jit-eager). */
  eager: { jitEager: true, jitVerify: true },
  /** Every loop entered on-stack at its first back-edge (--osr-threshold=1). */
  osr: { osrThreshold: 1, jitVerify: true },
  /** Functions compiled after two calls (with the first call's feedback), loops entered
   *  on-stack at once, and every speculation guard failing once (every exit path runs). */
  stress: { jitThreshold: 2, osrThreshold: 1, deoptStress: true, jitVerify: true },
} as const satisfies Record<string, Partial<VMOptions>>;

export type JitMode = keyof typeof JIT_MODES;

/** Paths are printed absolute, as CPython does; the recordings strip the program's folder
 *  (test/tools/record_expected.py), and so does this. */
function relativeTo(dir: string): (text: string) => string {
  const prefix = path.resolve(dir) + path.sep;
  return (text) => text.split(prefix).join('');
}

/** Runs FILE with cwd = its directory and sys.argv = [basename], like `cd dir && corevm run name.py`. */
export function runPythonFile(file: string, options: RunOptions = {}): RunResult {
  const dir = path.dirname(file);
  const name = path.basename(file);
  let stdout = '';
  let stderr = '';
  const previousCwd = process.cwd();
  const relative = relativeTo(dir);
  process.chdir(dir);
  try {
    const source = fs.readFileSync(name, 'utf8');
    const code = compileModule(source, path.resolve(name));
    validateModule(code); // the compiler must only produce code the loader would accept
    const vm = new VM({
      argv: [name],
      stdout: { write: (s) => void (stdout += s) },
      stderr: { write: (s) => void (stderr += s) },
      path: [path.resolve('.')],
      stepBudget: options.stepBudget ?? 200_000_000,
      readLine: () => null,
      ...JIT_MODES[options.jit ?? 'off'],
    });
    const status = vm.runMain(code);
    return { stdout: relative(stdout), stderr: relative(stderr), status };
  } catch (e) {
    if (e instanceof PySyntaxError) return { stdout: relative(stdout), stderr: relative(stderr + formatSyntaxError(e)), status: 2 };
    throw e;
  } finally {
    process.chdir(previousCwd);
  }
}

/** The parts of stderr that must match CPython: traceback File lines and the final line. */
export function stderrSignature(stderr: string): string[] {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  const files = lines.filter((l) => l.startsWith('  File "'));
  const last = lines.at(-1);
  return last === undefined ? files : [...files, last];
}

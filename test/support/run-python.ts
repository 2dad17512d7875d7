// Runs a Python program in-process in a fresh VM, the way `corevm run` would, and captures
// what it prints. Used by the corpus test; each run gets its own VM and working directory.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { PySyntaxError, formatSyntaxError } from '../../src/frontend/diagnostics.js';
import { compileModule } from '../../src/frontend/python/compiler.js';
import { validateModule } from '../../src/bytecode/validator.js';
import { VM } from '../../src/vm.js';

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

export interface RunOptions {
  /** Bound on calls + back-edges so a runaway program fails instead of hanging the suite. */
  stepBudget?: number;
  /** JIT mode: 'off' (default, the interpreter only) or 'eager' (compile on first call). */
  /** 'eager': compile on first call; 'tiered': after two calls, so calls cross tiers both ways. */
  jit?: 'off' | 'eager' | 'tiered';
}

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
      ...(options.jit === 'eager' ? { jit: 'on' as const, jitEager: true, jitVerify: true } : {}),
      ...(options.jit === 'tiered' ? { jit: 'on' as const, jitThreshold: 2, jitVerify: true } : {}),
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

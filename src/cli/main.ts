// The `corevm` command: run, compile, asm and disasm. One error funnel maps each error kind
// (ARCHITECTURE.md §8) to a message and exit status: 0 success, 1 uncaught guest exception,
// 2 usage/compile/bytecode error, 3 resource limit, 70 internal error. No JS stack trace is
// printed for user errors, and output files are written whole (temp file + rename) or not at all.
// The executable is dist/corevm.mjs (src/cli/launch.ts), which loads this file's bundle.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { AsmError, assemble } from '../bytecode/assembler.js';
import { BytecodeError } from '../bytecode/bytecode-error.js';
import { encodeModule } from '../bytecode/binary-format.js';
import type { CodeObject } from '../bytecode/code-object.js';
import { disassemble } from '../bytecode/disassembler.js';
import { loadModule, validateModule } from '../bytecode/validator.js';
import { PySyntaxError, formatSyntaxError } from '../frontend/diagnostics.js';
import { compileModule } from '../frontend/python/compiler.js';
import { EXIT_INTERRUPTED, ResourceLimitError, VM, type VMOptions } from '../vm.js';
import { helpText, parseArgs, UsageError, type Options } from './options.js';
import { FdStream } from './streams.js';
import { nodeChildProcess } from '../runtime/node-builtins.js';
import type { OutputStream } from '../runtime/realm.js';

class CliError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

/** Reads a program file; a missing file is a usage error, as in CPython. */
function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const reason = code === 'ENOENT' ? '[Errno 2] No such file or directory' : code === 'EISDIR' ? '[Errno 21] Is a directory' : String(code);
    throw new CliError(`corevm: can't open file '${file}': ${reason}`, 2);
  }
}

/** Loads FILE as a code object according to its extension. Python code gets the absolute
 *  path as its filename, as CPython 3.9+ gives the main script (tracebacks, __file__). */
export function loadProgram(file: string): CodeObject {
  const data = readFile(file);
  if (file.endsWith('.cvm')) return loadModule(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), file);
  const text = data.toString('utf8');
  if (file.endsWith('.cvmasm')) {
    const code = assemble(text, file);
    validateModule(code);
    return code;
  }
  return compileModule(text, path.resolve(file));
}

/** Writes a file atomically: never a half-written output. */
function writeFileAtomic(file: string, data: Uint8Array): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new CliError(`corevm: cannot write '${file}': ${(e as Error).message}`, 2);
  }
}

function requireOutput(options: Options, command: string): string {
  const out = options['output'];
  if (typeof out !== 'string') throw new UsageError(`${command} needs an output file: -o OUT.cvm`);
  return out;
}

function vmFor(file: string, args: string[], options: Options, stdout: OutputStream, stderr: OutputStream): VM {
  return new VM({
    argv: [file, ...args],
    stdout,
    stderr,
    path: [path.dirname(path.resolve(file))],
    recursionLimit: options['recursion-limit'] as number,
    stepBudget: options['step-budget'] as number,
    readLine: stdinLineReader(),
    ...jitOptions(options),
  });
}

function runProgram(file: string, args: string[], options: Options, stdout: FdStream, stderr: FdStream): number {
  const code = loadProgram(file);
  if (options['print-bytecode']) stdout.write(disassemble(code));
  if (options['compare']) return compareTiers(file, args, stdout, stderr);
  const vm = vmFor(file, args, options, stdout, stderr);
  try {
    return vm.runMain(code);
  } finally {
    if (options['jit-stats'] && vm.jit !== null) stderr.write(vm.jit.summary());
  }
}

/**
 * --compare: runs the program in two child processes, one with the JIT as configured by
 * default (tiering up hot functions and loops) and one with --no-jit, times each whole run,
 * prints the JIT run's output, and checks that the interpreter printed the same.
 */
function compareTiers(file: string, args: string[], stdout: FdStream, stderr: FdStream): number {
  const jit = runTier(file, args, []);
  const interp = runTier(file, args, ['--no-jit']);
  stdout.write(jit.stdout);
  stdout.flush();
  stderr.write(jit.stderr);
  stderr.write(`\ncorevm --compare ${file} (whole process, each tier in its own process)\n`);
  stderr.write(`  jit (default tiering)    ${jit.seconds.toFixed(3)} s\n`);
  stderr.write(`  interpreter (--no-jit)   ${interp.seconds.toFixed(3)} s\n`);
  stderr.write(`  interpreter / jit        ${(interp.seconds / jit.seconds).toFixed(2)}x\n`);
  const same = jit.stdout === interp.stdout && jit.status === interp.status;
  stderr.write(same ? '  both tiers printed the same output\n' : '  the tiers DISAGREE: their outputs or exit statuses differ\n');
  return same ? jit.status : 1;
}

function runTier(file: string, args: string[], flags: string[]): { stdout: string; stderr: string; status: number; seconds: number } {
  const start = process.hrtime.bigint();
  const child = nodeChildProcess().spawnSync(process.execPath, ['--stack-size=7000', process.argv[1]!, 'run', ...flags, file, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { stdout: child.stdout ?? '', stderr: child.stderr ?? '', status: child.status ?? 1, seconds };
}

/** The VM's JIT options from the command line: the JIT is on unless --no-jit. */
function jitOptions(options: Options): Partial<VMOptions> {
  return {
    jit: options['no-jit'] ? 'off' : 'on',
    jitEager: options['jit-eager'] === true,
    jitThreshold: options['jit-threshold'] as number,
    osrThreshold: options['osr-threshold'] as number,
    jitVerify: options['jit-verify'] === true,
    printJit: options['print-jit'] === true,
    traceJit: options['trace-jit'] === true,
    traceDeopt: options['trace-deopt'] === true,
    traceOsr: options['trace-osr'] === true,
    deoptStress: options['deopt-stress'] === true,
    ...(typeof options['dump-jit'] === 'string' ? { dumpJit: options['dump-jit'] } : {}),
  };
}

/** input(): reads standard input synchronously, one line at a time. */
function stdinLineReader(): () => string | null {
  let buffered = '';
  let eof = false;
  return () => {
    while (!buffered.includes('\n') && !eof) {
      const chunk = Buffer.alloc(4096);
      let n = 0;
      try {
        n = fs.readSync(0, chunk, 0, chunk.length, null);
      } catch {
        n = 0;
      }
      if (n === 0) eof = true;
      else buffered += chunk.subarray(0, n).toString('utf8');
    }
    if (buffered === '' && eof) return null;
    const nl = buffered.indexOf('\n');
    const line = nl < 0 ? buffered : buffered.slice(0, nl);
    buffered = nl < 0 ? '' : buffered.slice(nl + 1);
    return line;
  };
}

function dispatch(argv: readonly string[], stdout: FdStream, stderr: FdStream): number {
  const { options, words } = parseArgs(argv);
  if (options['help'] || words.length === 0) {
    stdout.write(helpText());
    return words.length === 0 && !options['help'] ? 2 : 0;
  }
  const [command, file, ...rest] = words;
  if (file === undefined) throw new UsageError(`${command} needs a FILE`);
  switch (command) {
    case 'run':
      return runProgram(file, rest, options, stdout, stderr);
    case 'compile':
    case 'asm': {
      const out = requireOutput(options, command);
      if (command === 'asm' && !file.endsWith('.cvmasm')) throw new UsageError('asm expects a .cvmasm file');
      if (command === 'compile' && !file.endsWith('.py')) throw new UsageError('compile expects a .py file');
      writeFileAtomic(out, encodeModule(loadProgram(file)));
      return 0;
    }
    case 'disasm':
      stdout.write(disassemble(loadProgram(file)));
      return 0;
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

/** Runs the command line and returns the exit status; every error is reported here. */
export function main(argv: readonly string[]): number {
  const stdout = new FdStream(1);
  const stderr = new FdStream(2, stdout);
  try {
    return dispatch(argv, stdout, stderr);
  } catch (e) {
    stdout.flush();
    if (e instanceof PySyntaxError) {
      stderr.write(formatSyntaxError(e));
      return 2;
    }
    if (e instanceof BytecodeError) stderr.write(`corevm: bad bytecode: ${e.message}\n`);
    else if (e instanceof AsmError) stderr.write(`corevm: ${e.message}\n`);
    else if (e instanceof UsageError) stderr.write(`corevm: ${e.message} (see corevm --help)\n`);
    else if (e instanceof CliError) stderr.write(`${e.message}\n`);
    else if (e instanceof ResourceLimitError) {
      stderr.write(`corevm: resource limit: ${e.message}\n`);
      return 3;
    } else {
      const detail = process.env['COREVM_DEBUG'] ? `\n${(e as Error).stack}` : ' (set COREVM_DEBUG=1 for the JS stack)';
      stderr.write(`corevm: internal error: ${(e as Error).message ?? String(e)}${detail}\n`);
      return 70;
    }
    return 2;
  } finally {
    stdout.flush();
    stderr.flush();
  }
}

const status = main(process.argv.slice(2));
// An uncaught KeyboardInterrupt ends the process by SIGINT, as CPython does (streams are flushed).
if (status === EXIT_INTERRUPTED) process.kill(process.pid, 'SIGINT');
else process.exitCode = status;

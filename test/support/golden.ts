// Shared by the golden tests and their update tool: the golden sources and how a dump is
// made: bytecode (compile with a stable file name, then disassemble) and --print-jit (run the
// program with functions compiled after two calls, so the JIT sees the first calls' feedback,
// and keep what the JIT printed, with compile times removed).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { disassemble } from '../../src/bytecode/disassembler.js';
import { compileModule } from '../../src/frontend/python/compiler.js';
import { MemoryTraceSink } from '../../src/debug/trace.js';
import { VM } from '../../src/vm.js';

export const GOLDEN_DIR = path.join(process.cwd(), 'test', 'golden', 'bytecode');

export const JIT_GOLDEN_DIR = path.join(process.cwd(), 'test', 'golden', 'jit');

export function goldenCases(dir = GOLDEN_DIR): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort().map((f) => path.join(dir, f));
}

export function renderJitGolden(source: string): string {
  const code = compileModule(fs.readFileSync(source, 'utf8'), path.basename(source));
  const sink = new MemoryTraceSink();
  const vm = new VM({
    stdout: { write: () => {} }, stderr: { write: () => {} }, trace: sink,
    jitThreshold: 2, jitVerify: true, printJit: true, traceJit: true,
  });
  vm.runMain(code);
  return `${sink.text.replace(/, [\d.]+ ms: /g, ': ')}\n`;
}

export function renderGolden(source: string): string {
  return disassemble(compileModule(fs.readFileSync(source, 'utf8'), path.basename(source)));
}

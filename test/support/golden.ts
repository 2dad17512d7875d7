// Shared by the golden test and its update tool: the golden sources and how a dump is made
// (compile with a stable file name, then disassemble).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { disassemble } from '../../src/bytecode/disassembler.js';
import { compileModule } from '../../src/frontend/python/compiler.js';

export const GOLDEN_DIR = path.join(process.cwd(), 'test', 'golden', 'bytecode');

export function goldenCases(): string[] {
  return fs.readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.py')).sort().map((f) => path.join(GOLDEN_DIR, f));
}

export function renderGolden(source: string): string {
  return disassemble(compileModule(fs.readFileSync(source, 'utf8'), path.basename(source)));
}

// Fuzz test for the loader: thousands of seeded random mutations of valid modules must each
// either load or fail with a BytecodeError; any other exception (or a hang, caught by the
// timeout) fails. Modules that decode must re-encode to the same bytes, and modules that load
// must survive the assembly round trip. The mutations come from fuzz-util.ts.

import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assemble } from '../../src/bytecode/assembler.js';
import { decodeModule, encodeModule } from '../../src/bytecode/binary-format.js';
import { BytecodeError } from '../../src/bytecode/bytecode-error.js';
import type { CodeObject } from '../../src/bytecode/code-object.js';
import { disassemble } from '../../src/bytecode/disassembler.js';
import { validateModule } from '../../src/bytecode/validator.js';
import { ALL_KINDS_ASM, mutations, type Mutation } from './fuzz-util.js';

const ITERATIONS = 4000;
const SEED = 0xc0de;

function baseModules(): Uint8Array[] {
  const example = (name: string): string => readFileSync(join(process.cwd(), 'examples', name), 'utf8');
  return [example('fib.cvmasm'), example('closures.cvmasm'), ALL_KINDS_ASM].map((text) => encodeModule(assemble(text, 'base')));
}

/** Runs `step`; true if it returned, false on a BytecodeError, a test failure otherwise. */
function survives(m: Mutation, what: string, step: () => void): boolean {
  try {
    step();
    return true;
  } catch (e) {
    if (e instanceof BytecodeError) return false;
    return expect.fail(`mutation ${m.description} (${m.kind}): ${what} threw ${String(e)}`);
  }
}

describe('bytecode fuzz: mutated modules load or fail with BytecodeError', function () {
  this.timeout(120_000);

  it(`handles ${ITERATIONS} seeded mutations (bit flips, byte changes, truncations, insertions, code words)`, function () {
    const stats = { decodeRejected: 0, validateRejected: 0, accepted: 0 };
    for (const m of mutations(baseModules(), ITERATIONS, SEED)) {
      let code: CodeObject | null = null;
      if (!survives(m, 'decodeModule', () => (code = decodeModule(m.bytes, 'fuzz.cvm')))) {
        stats.decodeRejected++;
        continue;
      }
      expect(encodeModule(code!)).to.deep.equal(m.bytes, `mutation ${m.description}: decode is not canonical`);
      if (!survives(m, 'validateModule', () => validateModule(code!))) {
        stats.validateRejected++;
        continue;
      }
      stats.accepted++;
      expect(encodeModule(assemble(disassemble(code!), 'fuzz.cvmasm'))).to.deep.equal(m.bytes, `mutation ${m.description}: assembly round trip`);
    }
    this.test!.title += ` [rejected by decoder ${stats.decodeRejected}, by validator ${stats.validateRejected}, accepted ${stats.accepted}]`;
    expect(stats.decodeRejected).to.be.greaterThan(0);
    expect(stats.validateRejected).to.be.greaterThan(0);
    expect(stats.accepted).to.be.greaterThan(0);
  });
});

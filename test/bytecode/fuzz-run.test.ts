// Fuzzing the whole pipeline: seeded random mutations of valid modules are loaded and, when
// the validator accepts them, executed under a step budget. Each must end in exactly one of:
// rejected with BytecodeError, ran to completion, raised a guest exception, or hit the step
// budget. A JS exception of any other kind, a hang, or a host crash fails the test.

import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assemble } from '../../src/bytecode/assembler.js';
import { encodeModule } from '../../src/bytecode/binary-format.js';
import { BytecodeError } from '../../src/bytecode/bytecode-error.js';
import { loadModule } from '../../src/bytecode/validator.js';
import { ResourceLimitError, VM } from '../../src/vm.js';
import { ALL_KINDS_ASM, mutations } from './fuzz-util.js';

const ITERATIONS = 3000;
const SEED = 0x5eed;

type Outcome = 'rejected' | 'completed' | 'guest-exception' | 'budget';

function runOnce(bytes: Uint8Array): Outcome {
  let code;
  try {
    code = loadModule(bytes, 'fuzz.cvm');
  } catch (e) {
    if (e instanceof BytecodeError) return 'rejected';
    throw e;
  }
  const vm = new VM({ stdout: { write: () => {} }, stderr: { write: () => {} }, stepBudget: 20_000, recursionLimit: 200 });
  try {
    return vm.runMain(code) === 0 ? 'completed' : 'guest-exception';
  } catch (e) {
    if (e instanceof ResourceLimitError) return 'budget';
    throw e;
  }
}

describe('bytecode fuzz: mutated modules that load also run safely', function () {
  this.timeout(180_000);

  it(`runs ${ITERATIONS} seeded mutations to a clean outcome`, function () {
    const bases = ['fib.cvmasm', 'closures.cvmasm']
      .map((name) => readFileSync(join(process.cwd(), 'examples', name), 'utf8'))
      .concat([ALL_KINDS_ASM])
      .map((text) => encodeModule(assemble(text, 'base')));
    const counts: Record<Outcome, number> = { rejected: 0, completed: 0, 'guest-exception': 0, budget: 0 };
    for (const m of mutations(bases, ITERATIONS, SEED)) {
      try {
        counts[runOnce(m.bytes)]++;
      } catch (e) {
        expect.fail(`mutation #${m.index} ${m.description} (${m.kind}) escaped as ${String(e)}`);
      }
    }
    this.test!.title += ` [${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}]`;
    expect(counts.rejected + counts.completed + counts['guest-exception'] + counts.budget).to.equal(ITERATIONS);
    expect(counts.completed + counts['guest-exception']).to.be.greaterThan(0);
  });
});

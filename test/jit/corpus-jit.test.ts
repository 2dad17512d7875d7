// The Python corpus under the JIT, in the four JIT configurations of test/support/run-python.ts
// (JIT_MODES): default tiering, eager, OSR at the first back-edge, and deopt stress (the
// interpreter-only run is test/corpus.test.ts). Every program must still print exactly what
// CPython printed.
// Programs failing in the interpreter too are skipped (test/programs/known-failures.json);
// test/jit/known-failures.json lists programs failing only under the JIT, each with a reason.

import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeMismatch, listPrograms, loadKnownFailures } from '../support/corpus.js';

function jitKnownFailures(): Record<string, string> {
  const file = path.join(process.cwd(), 'test', 'jit', 'known-failures.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

for (const mode of ['default', 'eager', 'osr', 'stress'] as const) {
  describe(`Python corpus under the JIT (${mode}), recorded from CPython 3.11`, function () {
    const known = loadKnownFailures();
    const jitKnown = jitKnownFailures();
    const programs = listPrograms().filter((p) => known[p] === undefined);

    for (const program of programs) {
      const reason = jitKnown[program];
      if (reason !== undefined) {
        it(`${program} is still listed as failing under the JIT: ${reason}`, () => {
          expect(describeMismatch(program, { jit: mode }), `${program} passes now: remove it from test/jit/known-failures.json`).to.not.equal(null);
        });
        continue;
      }
      it(`${program} prints what CPython prints`, () => {
        expect(describeMismatch(program, { jit: mode })).to.equal(null);
      });
    }
  });
}

describe('JIT corpus skip list', () => {
  it('lists no program in test/jit/known-failures.json that does not exist', () => {
    const all = listPrograms();
    expect(Object.keys(jitKnownFailures()).filter((p) => !all.includes(p))).to.deep.equal([]);
  });
});

// The Python corpus: every test/programs/<area>/<name>.py runs in corevm and must print what
// CPython 3.11 printed when test/tools/record_expected.py recorded <name>.expected.json:
// identical stdout, exit status, traceback File lines and final exception line.
// Programs that do not pass yet are listed in test/programs/known-failures.json, each with
// the reason; a listed program that starts passing fails the suite so the list stays honest.

import { expect } from 'chai';
import { describeMismatch, listPrograms, loadKnownFailures } from './support/corpus.js';

describe('Python corpus (interpreter, recorded from CPython 3.11)', function () {
  const known = loadKnownFailures();
  const programs = listPrograms();

  it('has programs and recordings', () => {
    expect(programs.length).to.be.greaterThan(0);
  });

  for (const program of programs) {
    const reason = known[program];
    if (reason !== undefined) {
      it(`${program} is still listed as failing: ${reason}`, () => {
        const mismatch = describeMismatch(program);
        expect(mismatch, `${program} passes now: remove it from known-failures.json`).to.not.equal(null);
      });
      continue;
    }
    it(`${program} prints what CPython prints`, () => {
      expect(describeMismatch(program)).to.equal(null);
    });
  }

  it('lists no program in known-failures.json that does not exist', () => {
    const missing = Object.keys(known).filter((p) => !programs.includes(p));
    expect(missing).to.deep.equal([]);
  });
});

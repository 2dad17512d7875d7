// Golden bytecode dumps: representative Python functions compiled and disassembled, compared
// with the reviewed dumps in test/golden/bytecode/*.cvmasm. After a deliberate compiler
// change, regenerate them with `npm run golden:update` and review the diff.

import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { goldenCases, renderGolden } from './support/golden.js';

describe('golden bytecode dumps', () => {
  const cases = goldenCases();

  it('has golden cases', () => {
    expect(cases.length).to.be.greaterThan(0);
  });

  for (const source of cases) {
    const name = path.basename(source);
    it(`${name} compiles to its reviewed bytecode`, () => {
      const expected = fs.readFileSync(source.replace(/\.py$/, '.cvmasm'), 'utf8');
      expect(renderGolden(source)).to.equal(expected);
    });
  }
});

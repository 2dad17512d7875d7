// Golden dumps: representative Python functions compiled and disassembled (compared with the
// reviewed test/golden/bytecode/*.cvmasm), and the JIT's --print-jit output for an int loop,
// a float loop, method calls, a generator, try/finally and container subscripts
// (test/golden/jit/*.js). After a deliberate compiler change, regenerate them with
// `npm run golden:update` and review the diff.

import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { JIT_GOLDEN_DIR, goldenCases, renderGolden, renderJitGolden } from './support/golden.js';

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

describe('golden --print-jit output', () => {
  const cases = goldenCases(JIT_GOLDEN_DIR);

  it('has the representative cases', () => {
    expect(cases.map((c) => path.basename(c))).to.deep.equal(['containers.py', 'float_loop.py', 'generator.py', 'int_loop.py', 'method_calls.py', 'try_finally.py']);
  });

  for (const source of cases) {
    const name = path.basename(source);
    it(`${name} compiles to its reviewed JavaScript`, () => {
      const expected = fs.readFileSync(source.replace(/\.py$/, '.js'), 'utf8');
      expect(renderJitGolden(source)).to.equal(expected);
    });
  }
});

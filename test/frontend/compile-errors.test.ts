// Compile-time SyntaxErrors found after parsing (scope analysis and code generation): each case
// in compile-errors.expected.json was recorded from CPython 3.11 by record_compile_errors.py,
// and corevm must report the same message at the same line, column and end position.

import { expect } from 'chai';
import * as fs from 'node:fs';
import { PySyntaxError } from '../../src/frontend/diagnostics.js';
import { compileModule } from '../../src/frontend/python/compiler.js';

interface ExpectedError {
  source: string;
  msg: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  /** null: CPython gives no end column (corevm's -1). */
  end_offset: number | null;
}

const EXPECTED_PATH = new URL('../../../test/frontend/compile-errors.expected.json', import.meta.url);

function compileError(source: string, filename: string): PySyntaxError {
  try {
    compileModule(source, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  return expect.fail('expected a SyntaxError');
}

describe('compile-time SyntaxErrors (recorded from CPython 3.11)', () => {
  const cases = JSON.parse(fs.readFileSync(EXPECTED_PATH, 'utf8')) as Record<string, ExpectedError>;

  it('has recorded cases', () => {
    expect(Object.keys(cases).length).to.be.greaterThan(50);
  });

  for (const [name, expected] of Object.entries(cases)) {
    it(`${name}: ${expected.msg}`, () => {
      const err = compileError(expected.source, `${name}.py`);
      expect({
        type: err.pyType, msg: err.msg, filename: err.filename,
        lineno: err.lineno, offset: err.offset, end_lineno: err.endLineno, end_offset: err.endOffset,
      }).to.deep.equal({
        type: 'SyntaxError', msg: expected.msg, filename: `${name}.py`,
        lineno: expected.lineno, offset: expected.offset, end_lineno: expected.end_lineno, end_offset: expected.end_offset ?? -1,
      });
    });
  }
});

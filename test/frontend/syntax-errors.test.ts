// Syntax error tests: each program in test/frontend/syntax-errors/ must fail with exactly the
// stderr CPython 3.11 printed for it (recorded by record_syntax_errors.py). Cases we cannot
// match byte for byte are listed in INEXACT with a reason; for those the exception type and
// line number must still match.

import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatSyntaxError, PySyntaxError } from '../../src/frontend/diagnostics.js';
import { parseModule } from '../../src/frontend/python/parser.js';

const CASES_DIR = path.join(process.cwd(), 'test', 'frontend', 'syntax-errors');

/** Cases whose full text we do not reproduce, with the reason. */
const INEXACT: Record<string, string> = {
  'fstring_multiline_field_error.py':
    'CPython shows the line of its internal "(expr)" copy with a negative offset; we show the copy whole',
};

/** CPython's type and line from the recorded stderr. */
function recordedHeadline(stderr: string): { type: string; lineno: number } {
  const lines = stderr.trimEnd().split('\n');
  const m = /line (\d+)/.exec(lines[0]!);
  return { type: lines[lines.length - 1]!.split(':')[0]!, lineno: m ? Number(m[1]) : -1 };
}

function parseError(source: string, filename: string): PySyntaxError {
  try {
    parseModule(source, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error(`${filename}: no SyntaxError`);
}

describe('syntax errors: same stderr as CPython 3.11', () => {
  const cases = fs.readdirSync(CASES_DIR).filter((f) => f.endsWith('.py')).sort();

  it('has a recorded stderr for every case', () => {
    expect(cases.length).to.be.greaterThan(50);
    for (const c of cases) expect(fs.existsSync(path.join(CASES_DIR, c.replace(/\.py$/, '.stderr.txt'))), c).to.equal(true);
  });

  for (const name of cases) {
    const reason = INEXACT[name];
    const title = reason ? `${name}: same type and line (${reason})` : `${name}: identical message, line and caret`;
    it(title, () => {
      const source = fs.readFileSync(path.join(CASES_DIR, name), 'utf8');
      const want = fs.readFileSync(path.join(CASES_DIR, name.replace(/\.py$/, '.stderr.txt')), 'utf8');
      const err = parseError(source, name);
      if (reason) {
        const { type, lineno } = recordedHeadline(want);
        expect([err.pyType, err.lineno]).to.deep.equal([type, lineno]);
      } else {
        expect(formatSyntaxError(err)).to.equal(want);
      }
    });
  }

  it('lists only existing cases as inexact', () => {
    for (const name of Object.keys(INEXACT)) expect(cases, name).to.include(name);
  });
});

describe('syntax errors: formatting', () => {
  it('prints a caret run for a ranged error and strips indentation', () => {
    const err = new PySyntaxError('SyntaxError', 'msg', 'f.py', 2, 9, 2, 12, '    x = f() = 1\n');
    expect(formatSyntaxError(err)).to.equal('  File "f.py", line 2\n    x = f() = 1\n        ^^^\nSyntaxError: msg\n');
  });

  it('prints no caret when the offset points into the stripped indentation', () => {
    const err = new PySyntaxError('IndentationError', 'unexpected indent', 'f.py', 1, 2, 1, -1, '  y\n');
    expect(formatSyntaxError(err)).to.equal('  File "f.py", line 1\n    y\nIndentationError: unexpected indent\n');
  });

  it('prints only the File line when the text is unknown', () => {
    const err = new PySyntaxError('SyntaxError', 'msg', 'f.py', 3, 1, 3, 2, null);
    expect(formatSyntaxError(err)).to.equal('  File "f.py", line 3\nSyntaxError: msg\n');
  });
});

// Parser tests: every program in test/frontend/parse-cases/ must produce exactly the AST
// CPython 3.11 printed (goldens recorded by record_ast.py), plus focused checks of positions,
// constants, soft keywords and refused constructs that goldens cannot express.

import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as ast from '../../src/frontend/python/ast.js';
import { dumpAst, pyFloatRepr } from '../../src/frontend/python/ast-dump.js';
import { parseModule } from '../../src/frontend/python/parser.js';
import { PySyntaxError } from '../../src/frontend/diagnostics.js';

const CASES_DIR = path.join(process.cwd(), 'test', 'frontend', 'parse-cases');

function firstExpr(source: string): ast.Expr {
  const stmt = parseModule(source, 'case.py').body[0]!;
  if (stmt.type === 'Expr') return stmt.value;
  if (stmt.type === 'Assign') return stmt.value;
  throw new Error(`unexpected statement ${stmt.type}`);
}

function syntaxError(source: string): PySyntaxError {
  try {
    parseModule(source, 'case.py');
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('expected a SyntaxError');
}

describe('parser: AST identical to CPython 3.11 (parse-cases goldens)', () => {
  const cases = fs.readdirSync(CASES_DIR).filter((f) => f.endsWith('.py')).sort();

  it('has a golden for every case', () => {
    expect(cases.length).to.be.greaterThan(10);
    for (const c of cases) expect(fs.existsSync(path.join(CASES_DIR, c.replace(/\.py$/, '.ast.txt'))), c).to.equal(true);
  });

  for (const name of cases) {
    it(`parses ${name} exactly like ast.dump(include_attributes=True)`, () => {
      const source = fs.readFileSync(path.join(CASES_DIR, name), 'utf8');
      const golden = fs.readFileSync(path.join(CASES_DIR, name.replace(/\.py$/, '.ast.txt')), 'utf8').trimEnd();
      expect(dumpAst(parseModule(source, name))).to.equal(golden);
    });
  }
});

describe('parser: constants', () => {
  it('keeps big integers exact as bigint', () => {
    const e = firstExpr('123456789012345678901234567890\n');
    expect(e.type === 'Constant' && e.value).to.deep.equal({ kind: 'int', value: 123456789012345678901234567890n });
  });

  it('reads hex, octal and binary with underscores', () => {
    const values = ['0xff', '0o1_7', '0b1_0'].map((s) => {
      const e = firstExpr(s + '\n');
      return e.type === 'Constant' && e.value.kind === 'int' ? e.value.value : null;
    });
    expect(values).to.deep.equal([255n, 15n, 2n]);
  });

  it('gives floats, imaginary numbers, bytes and Ellipsis their own kinds', () => {
    const kinds = ['1.5', '2j', "b'x'", '...', 'None', 'True'].map((s) => {
      const e = firstExpr(s + '\n');
      return e.type === 'Constant' ? e.value.kind : e.type;
    });
    expect(kinds).to.deep.equal(['float', 'complex', 'bytes', 'Ellipsis', 'None', 'bool']);
  });

  it('decodes bytes escapes to byte values', () => {
    const e = firstExpr("b'\\x00\\xff\\n\\777A'\n");
    expect(e.type === 'Constant' && e.value.kind === 'bytes' && [...e.value.value]).to.deep.equal([0, 255, 10, 255, 65]);
  });

  it('prints floats the way Python repr does', () => {
    const cases: [number, string][] = [[1, '1.0'], [1e16, '1e+16'], [1e-5, '1e-05'], [0.0001, '0.0001'],
      [123.456, '123.456'], [1.5e300, '1.5e+300'], [Infinity, 'inf'], [-0, '-0.0'], [2 ** 60, '1.152921504606847e+18']];
    for (const [x, want] of cases) expect(pyFloatRepr(x)).to.equal(want);
  });
});

describe('parser: positions', () => {
  it('uses code-point columns on lines with non-ASCII text', () => {
    const m = parseModule('s = "é€😀" + x\n', 'u.py');
    const assign = m.body[0]!;
    expect(assign.type).to.equal('Assign');
    const value = (assign as ast.Assign).value as ast.BinOp;
    expect([value.right.col_offset, value.right.end_col_offset]).to.deep.equal([12, 13]);
    expect(value.end_col_offset).to.equal(13);
  });

  it('normalizes CRLF line endings and ignores a BOM', () => {
    const m = parseModule('\ufeffx = 1\r\ny = (2,\r\n 3)\r\n', 'crlf.py');
    expect(m.body.map((s) => [s.lineno, s.col_offset, s.end_lineno, s.end_col_offset])).to.deep.equal([[1, 0, 1, 5], [2, 0, 3, 3]]);
  });

  it('takes the indentation of a line continued by a backslash from its first part', () => {
    const m = parseModule('if x:\n    y = 1\n    \\\n  z = 2\n', 'c.py');
    expect((m.body[0] as ast.If).body).to.have.length(2);
  });

  it('parses an empty file and a file without a final newline', () => {
    expect(parseModule('', 'e.py').body).to.deep.equal([]);
    expect(parseModule('x = 1', 'n.py').body).to.have.length(1);
  });

  it('places f-string field expressions at their real source position', () => {
    const e = firstExpr('x = (f"{a}"\n     f"{bb}")\n') as ast.JoinedStr;
    const names = e.values.map((v) => (v as ast.FormattedValue).value as ast.Name);
    expect(names.map((n) => [n.id, n.lineno, n.col_offset])).to.deep.equal([['a', 1, 8], ['bb', 2, 8]]);
  });
});

describe('parser: soft keywords stay identifiers', () => {
  it('accepts match, case and _ as names', () => {
    const m = parseModule('match = 1\ncase = match(2)\n_ = [match, case]\nmatch.x = 3\nmatch[0] = 4\n', 's.py');
    expect(m.body).to.have.length(5);
  });
});

describe('parser: unsupported constructs are refused with their position', () => {
  const refusals: [string, string, number, number][] = [
    ['async def f():\n    pass\n', "'async def' is not supported by corevm", 1, 1],
    ['def f():\n    x = await g()\n', "'await' is not supported by corevm", 2, 9],
    ['def f():\n    async for x in y:\n        pass\n', "'async for' is not supported by corevm", 2, 5],
    ['def f():\n    async with a as b:\n        pass\n', "'async with' is not supported by corevm", 2, 5],
    ['x = 1\nmatch x:\n    case 1:\n        pass\n', "'match' statement is not supported by corevm", 2, 1],
    ['try:\n    pass\nexcept* ValueError:\n    pass\n', "'except*' is not supported by corevm", 3, 1],
    ['s = "\\N{BULLET}"\n', "'\\N{...}' escape is not supported by corevm", 1, 5],
    ['def f():\n    return [x async for x in y]\n', "'async for' is not supported by corevm", 2, 15],
  ];
  for (const [source, msg, lineno, offset] of refusals) {
    it(`refuses ${msg.split(' is ')[0]}`, () => {
      const err = syntaxError(source);
      expect([err.pyType, err.msg, err.lineno, err.offset]).to.deep.equal(['SyntaxError', msg, lineno, offset]);
      expect(err.filename).to.equal('case.py');
    });
  }

  it('reports a real syntax error after an unsupported construct first', () => {
    const err = syntaxError('async def f(): pass\nx = (1 2)\n');
    expect(err.msg).to.equal('invalid syntax. Perhaps you forgot a comma?');
  });

  it('keeps a match statement body out of the way of later code', () => {
    const err = syntaxError('match x:\n    case [a, b]:\n        pass\n    case _:\n        pass\ny = 1\n');
    expect(err.msg).to.equal("'match' statement is not supported by corevm");
  });
});

/** A small deterministic PRNG (mulberry32) so mutation tests are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MUTATIONS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '\n', '\t', '"', "'", 'if', 'for', 'in', '*', '**',
  '.', 'x', '1', '0x', '#', '\\', 'return', 'yield', 'lambda', 'f"{', '}"', '@', ';', '    ', 'async ', ':=', 'é', '\0'];

describe('parser: mutated programs give a result or a PySyntaxError, never a JS error', () => {
  const cases = fs.readdirSync(CASES_DIR).filter((f) => f.endsWith('.py')).sort();
  for (const name of cases) {
    it(`survives 60 random edits of ${name}`, () => {
      const source = fs.readFileSync(path.join(CASES_DIR, name), 'utf8');
      const random = prng(name.length * 7919 + source.length);
      for (let i = 0; i < 60; i++) {
        const at = Math.floor(random() * source.length);
        const cut = Math.floor(random() * 4);
        const insert = random() < 0.7 ? MUTATIONS[Math.floor(random() * MUTATIONS.length)]! : '';
        const mutated = source.slice(0, at) + insert + source.slice(at + cut);
        try {
          parseModule(mutated, name);
        } catch (e) {
          if (!(e instanceof PySyntaxError)) throw new Error(`${name} edit ${i}: ${String(e)}\n${mutated}`);
        }
      }
    });
  }
});

describe('parser: never throws plain JS errors on bad input', () => {
  const junk = ['(', ')', 'def', 'f(', 'x = [1, 2', 'if x:\n', '"""', "f'{'", "f'{x!}'", 'lambda', '@', 'class',
    '\\', 'x = 1 +', 'from', 'import', 'for x in', 'with', 'try:\n  pass\n', '0x', '1_', '\t x = 1\n  y', 'a[1:2:3:4]',
    'x = yield = 1', "f'{x:{y:{z}}}'", '(*a) = 1', 'del f()', 'f(**a, *b)', 'def f(a=1, b): pass', '{1: 2, 3}'];
  for (const source of junk) {
    it(`reports ${JSON.stringify(source)} as a SyntaxError`, () => {
      expect(() => parseModule(source, 'j.py')).to.throw(PySyntaxError);
    });
  }
});

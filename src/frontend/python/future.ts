// Future statements (CPython 3.11's Python/future.c): `from __future__ import x` must open the
// module (after the docstring) and name a known feature. Runs before the symtable, as in
// CPython. None of the features changes corevm's compilation: annotations are never evaluated
// and the others are mandatory in Python 3. The import itself still runs like any other.

import { PySyntaxError, type SourceFile } from '../diagnostics.js';
import type * as ast from './ast.js';

const FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

export const LATE_FUTURE = 'from __future__ imports must occur at the beginning of the file';

/** Checks the module's leading future statements; returns the line of the last one (0 if none),
 *  after which any future import is a compile error (reported by the compiler). */
export function checkFutureStatements(module: ast.Module, file: SourceFile): number {
  let futureLine = 0;
  let done = false;
  let prevLine = 0;
  const body = module.body;
  const first = body[0];
  const hasDoc = first?.type === 'Expr' && first.value.type === 'Constant' && first.value.value.kind === 'str';
  for (const s of body.slice(hasDoc ? 1 : 0)) {
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s.type !== 'ImportFrom' || s.module !== '__future__') {
      done = true;
      continue;
    }
    // A future import after another statement on the same line (`import os; from __future__ ...`).
    if (done) throw locatedError(file, s, LATE_FUTURE, s.col_offset);
    for (const alias of s.names) {
      if (alias.name === 'braces') throw locatedError(file, s, 'not a chance', s.col_offset + 1);
      if (!FEATURES.has(alias.name)) throw locatedError(file, s, `future feature ${alias.name} is not defined`, s.col_offset + 1);
    }
    futureLine = s.lineno;
  }
  return futureLine;
}

/** CPython's PyErr_SyntaxLocationObject: a line and an offset, no end column. */
function locatedError(file: SourceFile, s: ast.Stmt, msg: string, offset: number): PySyntaxError {
  return new PySyntaxError('SyntaxError', msg, file.filename, s.lineno, offset, s.lineno, -1, file.lineText(s.lineno));
}

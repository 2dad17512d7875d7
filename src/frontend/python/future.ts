// Future statements (CPython 3.11's Python/future.c): `from __future__ import x` must open the
// module (after the docstring) and name a known feature. Runs before the symtable, as in
// CPython. Only `annotations` changes corevm's compilation (annotations are stored as strings,
// never evaluated); the others are mandatory in Python 3. The import itself still runs.

import { PySyntaxError, type SourceFile } from '../diagnostics.js';
import type * as ast from './ast.js';

const FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

export const LATE_FUTURE = 'from __future__ imports must occur at the beginning of the file';

/** What the module's leading future statements tell the compiler. */
export interface FutureInfo {
  /** Line of the last one (0 if none): any later future import is a compile error. */
  readonly line: number;
  /** `from __future__ import annotations` (PEP 563). */
  readonly annotations: boolean;
}

/** Checks the module's leading future statements (the compiler reports later ones). */
export function checkFutureStatements(module: ast.Module, file: SourceFile): FutureInfo {
  let futureLine = 0;
  let annotations = false;
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
      if (alias.name === 'annotations') annotations = true;
    }
    futureLine = s.lineno;
  }
  return { line: futureLine, annotations };
}

/** CPython's PyErr_SyntaxLocationObject: a line and an offset, no end column. */
function locatedError(file: SourceFile, s: ast.Stmt, msg: string, offset: number): PySyntaxError {
  return new PySyntaxError('SyntaxError', msg, file.filename, s.lineno, offset, s.lineno, -1, file.lineText(s.lineno));
}

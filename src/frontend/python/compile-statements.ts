// Statement dispatch for the Pyta compiler, and the simple statements that need no control
// flow: expression statements, pass/global/nonlocal (no code) and imports. Every statement
// first sets the builder's line, so each instruction carries the line CPython would report.

import { Op } from '../../bytecode/opcodes.js';
import { PyTuple } from '../../runtime/values.js';
import type * as ast from './ast.js';
import type { Compiler } from './compiler.js';
import { foldConstant } from './compile-constants.js';
import { visitBreak, visitContinue, visitFor, visitIf, visitReturn, visitWhile } from './compile-control.js';
import { visitAssert, visitRaise, visitTry, visitWith } from './compile-exceptions.js';
import { visitExpr } from './compile-expressions.js';
import { LATE_FUTURE } from './future.js';
import { visitClassDef, visitFunctionDef } from './compile-functions.js';
import { compileDelete, visitAnnAssign, visitAssign, visitAugAssign } from './compile-targets.js';

export function visitStmts(c: Compiler, stmts: readonly ast.Stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

export function visitStmt(c: Compiler, s: ast.Stmt): void {
  c.line = s.lineno;
  switch (s.type) {
    case 'FunctionDef': return visitFunctionDef(c, s);
    case 'ClassDef': return visitClassDef(c, s);
    case 'Return': return visitReturn(c, s);
    case 'Delete': for (const t of s.targets) compileDelete(c, t); return;
    case 'Assign': return visitAssign(c, s);
    case 'AugAssign': return visitAugAssign(c, s);
    case 'AnnAssign': return visitAnnAssign(c, s);
    case 'For': return visitFor(c, s);
    case 'While': return visitWhile(c, s);
    case 'If': return visitIf(c, s);
    case 'With': return visitWith(c, s);
    case 'Raise': return visitRaise(c, s);
    case 'Try': return visitTry(c, s);
    case 'Assert': return visitAssert(c, s);
    case 'Import': return visitImport(c, s);
    case 'ImportFrom': return visitImportFrom(c, s);
    case 'Expr': return visitExprStmt(c, s);
    case 'Global': case 'Nonlocal': case 'Pass': return;
    case 'Break': return visitBreak(c, s);
    case 'Continue': return visitContinue(c, s);
  }
}

/** An expression statement; a lone constant (a docstring, `...`) generates nothing. */
function visitExprStmt(c: Compiler, s: ast.ExprStmt): void {
  if (foldConstant(c, s.value) !== undefined) return;
  visitExpr(c, s.value);
  c.emit(Op.POP_TOP);
}

/** `import a.b.c` binds `a`; `import a.b.c as d` walks to `c` with IMPORT_FROM and binds `d`. */
function visitImport(c: Compiler, s: ast.Import): void {
  for (const alias of s.names) {
    c.line = s.lineno;
    c.loadConst(0);
    c.loadConst(null);
    c.emit(Op.IMPORT_NAME, c.nameIndex(alias.name));
    const parts = alias.name.split('.');
    if (alias.asname === null) {
      c.nameOp(parts[0]!, 'Store', alias);
      continue;
    }
    parts.slice(1).forEach((part, i) => {
      c.emit(Op.IMPORT_FROM, c.unit.builder.name(part));
      if (i < parts.length - 2) {
        c.emit(Op.SWAP, 2);
        c.emit(Op.POP_TOP);
      }
    });
    c.nameOp(alias.asname, 'Store', alias);
    if (parts.length > 1) c.emit(Op.POP_TOP);
  }
}

/** `from m import a as b, c`: one IMPORT_NAME with the fromlist, IMPORT_FROM per name. */
function visitImportFrom(c: Compiler, s: ast.ImportFrom): void {
  if (s.level > 0) c.unsupported(s, 'relative import');
  if (s.module === '__future__' && s.lineno > c.futureLine) throw c.error(s, LATE_FUTURE);
  c.loadConst(0);
  c.loadConst(new PyTuple(s.names.map((a) => a.name)));
  c.emit(Op.IMPORT_NAME, c.nameIndex(s.module ?? ''));
  if (s.names.length === 1 && s.names[0]!.name === '*') return c.emit(Op.IMPORT_STAR);
  for (const alias of s.names) {
    c.emit(Op.IMPORT_FROM, c.nameIndex(alias.name));
    c.nameOp(alias.asname ?? alias.name, 'Store', alias);
  }
  c.emit(Op.POP_TOP);
}

// Annotations for the Pyta compiler (PEP 3107, PEP 526, PEP 563), as CPython 3.11 compiles
// them: a def's parameter and return annotations are evaluated with its defaults and become
// the function's __annotations__ (MAKE_FUNCTION flag 4); in module and class bodies an
// annotated simple name stores its annotation into the `__annotations__` dict the body creates
// first (CPython's SETUP_ANNOTATIONS); annotations of other targets are evaluated and dropped;
// in function bodies they are never evaluated. Under `from __future__ import annotations`
// the stored value is the annotation's source text and nothing is evaluated.

import { Op } from '../../bytecode/opcodes.js';
import { strRepr } from '../../runtime/protocols.js';
import { PyTuple } from '../../runtime/values.js';
import type * as ast from './ast.js';
import type { Compiler } from './compiler.js';
import { visitExpr } from './compile-expressions.js';

export const MAKE_ANNOTATIONS = 4;

/** CPython's find_ann: does this module or class body hold an annotated assignment outside
 *  nested function and class definitions? */
export function hasAnnotations(body: readonly ast.Stmt[]): boolean {
  return body.some((s) => {
    switch (s.type) {
      case 'AnnAssign': return true;
      case 'For': case 'While': case 'If': return hasAnnotations(s.body) || hasAnnotations(s.orelse);
      case 'With': return hasAnnotations(s.body);
      case 'Try':
        return hasAnnotations(s.body) || s.handlers.some((h) => hasAnnotations(h.body)) || hasAnnotations(s.orelse) || hasAnnotations(s.finalbody);
      default: return false;
    }
  });
}

/** SETUP_ANNOTATIONS at the start of a module or class body: `__annotations__ = {}`. */
export function setupAnnotations(c: Compiler): void {
  c.emit(Op.BUILD_MAP, 0);
  c.emit(Op.STORE_NAME, c.unit.builder.name('__annotations__'));
}

/** The annotation part of `target: annotation [= value]`, after the target's own code. */
export function compileAnnAssignAnnotation(c: Compiler, s: ast.AnnAssign): void {
  const kind = c.unit.scope.kind;
  if (kind !== 'module' && kind !== 'class') return;
  if (s.target.type === 'Name' && s.simple) {
    visitAnnotation(c, s.annotation);
    c.emit(Op.LOAD_NAME, c.unit.builder.name('__annotations__'));
    c.loadConst(c.mangle(s.target.id));
    c.emit(Op.STORE_SUBSCR);
  } else if (!c.futureAnnotations) {
    visitExpr(c, s.annotation);
    c.emit(Op.POP_TOP);
  }
}

/** Pushes a def's annotations dict if it has any (CPython's order: parameters, then
 *  positional-only ones, *args, keyword-only ones, **kwargs, return); returns the
 *  MAKE_FUNCTION flag. */
export function visitFunctionAnnotations(c: Compiler, args: ast.Arguments, returns: ast.Expr | null): number {
  const names: string[] = [];
  const params = [...args.args, ...args.posonlyargs, args.vararg, ...args.kwonlyargs, args.kwarg];
  for (const param of params) {
    if (param?.annotation) {
      names.push(c.mangle(param.arg));
      visitAnnotation(c, param.annotation);
    }
  }
  if (returns) {
    names.push('return');
    visitAnnotation(c, returns);
  }
  if (names.length === 0) return 0;
  c.loadConst(new PyTuple(names));
  c.emit(Op.BUILD_CONST_KEY_MAP, names.length);
  return MAKE_ANNOTATIONS;
}

/** The annotation's value: evaluated, or under the future import its text. */
function visitAnnotation(c: Compiler, e: ast.Expr): void {
  if (c.futureAnnotations) c.loadConst(unparse(c, e));
  else visitExpr(c, e);
}

/** ast.unparse for the shapes annotations take (names, dotted names, subscripts, tuples,
 *  lists, string constants, `X | Y`); any other expression keeps its source text. */
function unparse(c: Compiler, e: ast.Expr): string {
  const items = (elts: readonly ast.Expr[]): string => elts.map((x) => unparse(c, x)).join(', ');
  switch (e.type) {
    case 'Name': return e.id;
    case 'Attribute': return `${unparse(c, e.value)}.${e.attr}`;
    case 'Subscript': {
      const inner = e.slice.type === 'Tuple' && e.slice.elts.length > 0 ? items(e.slice.elts) : unparse(c, e.slice);
      return `${unparse(c, e.value)}[${inner}]`;
    }
    case 'Tuple': return `(${items(e.elts)}${e.elts.length === 1 ? ',' : ''})`;
    case 'List': return `[${items(e.elts)}]`;
    case 'Constant':
      if (e.value.kind === 'str') return strRepr(e.value.value);
      if (e.value.kind === 'None') return 'None';
      return sourceText(c, e);
    case 'BinOp':
      if (e.op === 'BitOr' && e.left.type !== 'BinOp' && e.right.type !== 'BinOp') return `${unparse(c, e.left)} | ${unparse(c, e.right)}`;
      return sourceText(c, e);
    default: return sourceText(c, e);
  }
}

/** The source text of an expression (columns are code points), lines joined by a space. */
function sourceText(c: Compiler, e: ast.Expr): string {
  const parts: string[] = [];
  for (let line = e.lineno; line <= e.end_lineno; line++) {
    const points = Array.from((c.file.lineText(line) ?? '').replace(/\r?\n$/, ''));
    const start = line === e.lineno ? e.col_offset : 0;
    const end = line === e.end_lineno ? e.end_col_offset : points.length;
    parts.push(points.slice(start, end).join('').trim());
  }
  return parts.join(' ');
}

// Assignment and deletion targets: CPython parses targets with their own grammar; we parse an
// expression and then convert it here, finding the first invalid sub-target and naming it
// exactly as CPython 3.11's _PyPegen_get_invalid_target / _PyPegen_get_expr_name do.
// Pure functions over the AST; no tokens, no error construction.

import type * as ast from './ast.js';

export type TargetKind = 'star' | 'for' | 'del';

/** CPython's _PyPegen_get_expr_name: how messages name an expression. */
export function exprName(e: ast.Expr): string {
  switch (e.type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': return constantName(e.value);
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

function constantName(v: ast.ConstantValue): string {
  if (v.kind === 'None') return 'None';
  if (v.kind === 'bool') return v.value ? 'True' : 'False';
  if (v.kind === 'Ellipsis') return 'ellipsis';
  return 'literal';
}

/** CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target. */
export function invalidTarget(e: ast.Expr, kind: TargetKind): ast.Expr | null {
  switch (e.type) {
    case 'List': case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, kind);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : invalidTarget(e.value, kind);
    case 'Compare':
      // `for x in y` parsed greedily as a comparison: blame the left side; CPython names no
      // culprit for other comparisons after `for`.
      if (kind === 'for') return e.ops[0] === 'In' ? invalidTarget(e.left, kind) : null;
      return e;
    case 'Name': case 'Subscript': case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** Set the context of a valid target (and its elements) in place. */
export function setContext(e: ast.Expr, ctx: ast.ExprContext): void {
  switch (e.type) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'List': case 'Tuple':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      return;
    default:
      return;
  }
}

/** The leftmost sub-expression that starts where `e` starts (e.g. `a` in `a.b()[0]`). */
export function leftmost(e: ast.Expr): ast.Expr {
  for (;;) {
    let inner: ast.Expr | null = null;
    switch (e.type) {
      case 'Call': inner = e.func; break;
      case 'Attribute': case 'Subscript': inner = e.value; break;
      case 'BinOp': inner = e.left; break;
      case 'Compare': inner = e.left; break;
      case 'BoolOp': inner = e.values[0]!; break;
      case 'IfExp': inner = e.body; break;
      default: break;
    }
    if (!inner || inner.lineno !== e.lineno || inner.col_offset !== e.col_offset) return e;
    e = inner;
  }
}

/** True for expressions CPython's `bitwise_or` rule can produce (no comparisons, not, etc.). */
export function isBitwiseOrLevel(e: ast.Expr): boolean {
  switch (e.type) {
    case 'BoolOp': case 'Compare': case 'IfExp': case 'Lambda': case 'NamedExpr':
    case 'Starred': case 'Yield': case 'YieldFrom': case 'Slice':
      return false;
    case 'UnaryOp':
      return e.op !== 'Not';
    default:
      return true;
  }
}

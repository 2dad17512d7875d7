// Small typed builders for the ESTree nodes the JIT emits (ARCHITECTURE.md §6: generated code
// is built as syntax trees, never as string templates). Guest data never becomes source
// text except through `literal`, which astring prints escaped, so names such as
// '__proto__' or strings containing quotes, '*/' or U+2028 cannot change the program.

export interface Node {
  type: string;
  [key: string]: unknown;
  /** astring prints `comments` (its convention) before a statement or switch case. */
  comments?: Array<{ type: 'Line' | 'Block'; value: string }>;
}
export type Expr = Node;
export type Stmt = Node;

export const id = (name: string): Expr => {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`jit: '${name}' is not a JS identifier`);
  return { type: 'Identifier', name };
};

/** A JS literal for a number, string, boolean or null (bigints via `bigint`). */
export const literal = (value: number | string | boolean | null): Expr => {
  if (typeof value === 'number' && (value < 0 || Object.is(value, -0))) return unary('-', literal(-value));
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? id('NaN') : id('Infinity');
  return { type: 'Literal', value };
};

export const bigint = (value: bigint): Expr => ({ type: 'Literal', value: null, bigint: value.toString(), raw: `${value}n` });

export const member = (object: Expr, property: string | Expr): Expr =>
  typeof property === 'string'
    ? { type: 'MemberExpression', object, property: id(property), computed: false, optional: false }
    : { type: 'MemberExpression', object, property, computed: true, optional: false };

export const index = (object: Expr, i: number): Expr => member(object, literal(i));

export const call = (callee: Expr, args: Expr[]): Expr => ({ type: 'CallExpression', callee, arguments: args, optional: false });

export const newExpr = (callee: Expr, args: Expr[]): Expr => ({ type: 'NewExpression', callee, arguments: args });

export const binary = (operator: string, left: Expr, right: Expr): Expr => ({ type: 'BinaryExpression', operator, left, right });

export const logical = (operator: '&&' | '||', left: Expr, right: Expr): Expr => ({ type: 'LogicalExpression', operator, left, right });

export const unary = (operator: string, argument: Expr): Expr => ({ type: 'UnaryExpression', operator, prefix: true, argument });

export const assign = (left: Expr, right: Expr, operator = '='): Expr => ({ type: 'AssignmentExpression', operator, left, right });

export const conditional = (test: Expr, consequent: Expr, alternate: Expr): Expr => ({ type: 'ConditionalExpression', test, consequent, alternate });

export const array = (elements: Expr[]): Expr => ({ type: 'ArrayExpression', elements });

export const exprStmt = (expression: Expr): Stmt => ({ type: 'ExpressionStatement', expression });

export const block = (body: Stmt[]): Stmt => ({ type: 'BlockStatement', body });

export const ifStmt = (test: Expr, consequent: Stmt[], alternate?: Stmt[]): Stmt => ({
  type: 'IfStatement',
  test,
  consequent: block(consequent),
  alternate: alternate ? block(alternate) : null,
});

export const returnStmt = (argument: Expr | null): Stmt => ({ type: 'ReturnStatement', argument });

export const throwStmt = (argument: Expr): Stmt => ({ type: 'ThrowStatement', argument });

export const letDecl = (names: Array<string | [string, Expr]>): Stmt => ({
  type: 'VariableDeclaration',
  kind: 'let',
  declarations: names.map((n) => (typeof n === 'string'
    ? { type: 'VariableDeclarator', id: id(n), init: null }
    : { type: 'VariableDeclarator', id: id(n[0]), init: n[1] })),
});

export const constDecl = (name: string, init: Expr): Stmt => ({
  type: 'VariableDeclaration',
  kind: 'const',
  declarations: [{ type: 'VariableDeclarator', id: id(name), init }],
});

export const labeled = (label: string, body: Stmt): Stmt => ({ type: 'LabeledStatement', label: id(label), body });

export const breakStmt = (label?: string): Stmt => ({ type: 'BreakStatement', label: label ? id(label) : null });

export const continueStmt = (label?: string): Stmt => ({ type: 'ContinueStatement', label: label ? id(label) : null });

export const forever = (body: Stmt[]): Stmt => ({ type: 'ForStatement', init: null, test: null, update: null, body: block(body) });

export const switchStmt = (discriminant: Expr, cases: Array<{ test: Expr | null; body: Stmt[] }>): Stmt => ({
  type: 'SwitchStatement',
  discriminant,
  cases: cases.map((c) => ({ type: 'SwitchCase', test: c.test, consequent: c.body })),
});

export const tryCatch = (body: Stmt[], param: string, handler: Stmt[]): Stmt => ({
  type: 'TryStatement',
  block: block(body),
  handler: { type: 'CatchClause', param: id(param), body: block(handler) },
  finalizer: null,
});

export const functionExpr = (name: string, params: string[], body: Stmt[]): Expr => ({
  type: 'FunctionExpression',
  id: id(name),
  params: params.map(id),
  body: block(body),
  generator: false,
  async: false,
});

export const program = (body: Stmt[]): Node => ({ type: 'Program', body, sourceType: 'script' });

/** Attaches a line comment (pc / source line mapping in --print-jit output). The text is
 *  sanitized so guest data cannot end the comment or the line. */
export function withComment<T extends Node>(node: T, text: string, first = false): T {
  const safe = text.replace(/[\r\n\u2028\u2029]/g, ' ');
  const comment = { type: 'Line' as const, value: ` ${safe}` };
  node.comments = first ? [comment, ...(node.comments ?? [])] : [...(node.comments ?? []), comment];
  return node;
}

export const tryCatchFinally = (body: Stmt[], param: string, handler: Stmt[], finalizer: Stmt[]): Stmt => ({
  type: 'TryStatement',
  block: block(body),
  handler: { type: 'CatchClause', param: id(param), body: block(handler) },
  finalizer: block(finalizer),
});

export const emptyStmt = (): Stmt => ({ type: 'EmptyStatement' });

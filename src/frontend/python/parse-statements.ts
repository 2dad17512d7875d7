// Statement parser: CPython 3.11's statement grammar (Grammar/python.gram, "STATEMENTS") by
// recursive descent, read top to bottom like acorn's statement.js: module, statement
// dispatch, simple statements, then compound statements and blocks. Unsupported constructs
// (async, match, except*) are parsed, recorded and reported only if the file is otherwise
// valid, so genuine syntax errors win as they would in CPython.

import { PySyntaxError } from '../diagnostics.js';
import type * as ast from './ast.js';
import { BINARY_OPERATORS, ExpressionParser } from './parse-expressions.js';
import { ParserBase } from './parser-base.js';
import { exprName, invalidTarget } from './targets.js';
import type { Token, TokenKind } from './tokenizer.js';

/** The expression a simple statement ends with, if any (where a juxtaposed one follows). */
function trailingExpression(s: ast.Stmt): ast.Expr | null {
  switch (s.type) {
    case 'Expr': case 'Assign': case 'AugAssign': return s.value;
    case 'AnnAssign': return s.value ?? s.annotation;
    case 'Return': return s.value;
    case 'Raise': return s.cause ?? s.exc;
    case 'Assert': return s.msg ?? s.test;
    default: return null;
  }
}

/** Tokens that end positions never include (CPython's last non-whitespace token rule). */
function isLayout(kind: TokenKind): boolean {
  return kind === 'NEWLINE' || kind === 'INDENT' || kind === 'DEDENT' || kind === 'ENDMARKER';
}

export class StatementParser extends ExpressionParser {
  // ---- module ----

  parseFile(): ast.Module {
    const body: ast.Stmt[] = [];
    while (!this.at('ENDMARKER')) this.parseStatementInto(body);
    return { type: 'Module', body, type_ignores: [] };
  }

  /** Raise the first unsupported construct, if the file had one. */
  checkSupported(): void {
    if (this.pendingUnsupported) throw this.pendingUnsupported;
  }

  /** The token the parser stopped at (used to attribute errors at end of file). */
  get current(): Token {
    return this.tok;
  }

  /** The furthest token the parser looked at, speculative parses included. */
  get furthestToken(): Token {
    return this.tokens.get(this.furthest);
  }

  // ---- statement dispatch ----

  private parseStatementInto(out: ast.Stmt[]): void {
    const t = this.tok;
    if (t.kind === 'NAME') {
      const compound = this.parseCompoundStatement(t);
      if (compound !== undefined) {
        if (compound !== null) out.push(compound);
        return;
      }
    } else if (t.kind === 'OP' && t.value === '@') {
      out.push(this.parseDecorated());
      return;
    }
    this.parseSimpleStatements(out);
  }

  /** A compound statement, null for a skipped `match`, undefined if `t` starts none. */
  private parseCompoundStatement(t: Token): ast.Stmt | null | undefined {
    switch (t.value) {
      case 'if': return this.parseIf();
      case 'while': return this.parseWhile();
      case 'for': return this.parseFor();
      case 'try': return this.parseTry();
      case 'with': return this.parseWith();
      case 'def': return this.parseFunctionDef([]);
      case 'class': return this.parseClassDef([]);
      case 'async': return this.parseAsync([]);
      case 'match': return this.tryParseMatch() ? null : undefined;
      default: return undefined;
    }
  }

  // ---- simple statements ----

  /** simple_stmts: `stmt (; stmt)* [;] NEWLINE`. */
  private parseSimpleStatements(out: ast.Stmt[]): void {
    for (;;) {
      out.push(this.parseSimpleStatement());
      if (!this.eatOp(';')) break;
      if (this.at('NEWLINE')) break;
    }
    if (!this.at('NEWLINE')) throw this.statementEndError(out[out.length - 1]!);
    this.next();
  }

  private parseSimpleStatement(): ast.Stmt {
    const t = this.tok;
    if (t.kind === 'NAME') {
      switch (t.value) {
        case 'pass': this.next(); return { type: 'Pass', ...this.span(t) };
        case 'break': this.next(); return { type: 'Break', ...this.span(t) };
        case 'continue': this.next(); return { type: 'Continue', ...this.span(t) };
        case 'return': return this.parseReturn();
        case 'import': return this.parseImport();
        case 'from': return this.parseImportFrom();
        case 'raise': return this.parseRaise();
        case 'global': case 'nonlocal': return this.parseGlobal();
        case 'del': return this.parseDel();
        case 'assert': return this.parseAssert();
        default: break;
      }
    }
    return this.parseExpressionStatement();
  }

  /** Error when a simple statement is not followed by `;` or NEWLINE. */
  private statementEndError(last: ast.Stmt): PySyntaxError {
    const trailing = trailingExpression(last);
    if (trailing?.type === 'Name' && this.startsExpression()) {
      const legacy = this.legacyExpressionError(trailing);
      if (legacy) return legacy;
    }
    const generic = this.invalidSyntax();
    if (trailing) this.forgotComma(trailing);
    if (last.type === 'Expr' && last.value.type === 'Tuple' && this.startsExpression()) {
      // CPython's invalid_assignment reads `a, b` then more star_named_expressions with no
      // comma, so `a, x b = 1` is diagnosed as `b = 1`.
      this.tryParse(() => this.parseStarNamedExpression(), true);
    }
    return generic;
  }

  /**
   * `print x` / `exec x` (CPython's invalid_legacy_expression). Like CPython it reads what
   * follows any name before checking which name it is (string errors there surface).
   */
  private legacyExpressionError(name: ast.Name): PySyntaxError | null {
    const save = this.pos;
    const rest = this.tryParse(() => this.parseStarExpressions());
    this.reset(save);
    if (!rest || (name.id !== 'print' && name.id !== 'exec')) return null;
    return this.errorAt(ParserBase.between(name, rest),
      `Missing parentheses in call to '${name.id}'. Did you mean ${name.id}(...)?`);
  }

  private parseReturn(): ast.Return {
    const start = this.next();
    const value = this.atStatementEnd() ? null : this.parseStarExpressions();
    return { type: 'Return', value, ...this.span(start) };
  }

  private atStatementEnd(): boolean {
    return this.at('NEWLINE') || this.isOp(';');
  }

  private parseRaise(): ast.Raise {
    const start = this.next();
    let exc: ast.Expr | null = null;
    let cause: ast.Expr | null = null;
    if (!this.atStatementEnd()) {
      exc = this.parseExpression();
      if (this.eatKeyword('from')) cause = this.parseExpression();
    }
    return { type: 'Raise', exc, cause, ...this.span(start) };
  }

  private parseGlobal(): ast.Global | ast.Nonlocal {
    const start = this.next();
    const names = [this.expectIdentifier().value];
    while (this.eatOp(',')) names.push(this.expectIdentifier().value);
    const type = start.value === 'global' ? 'Global' : 'Nonlocal';
    return { type, names, ...this.span(start) };
  }

  private parseDel(): ast.Delete {
    const start = this.next();
    const first = this.pos;
    const targets: ast.Expr[] = [];
    for (;;) {
      const target = this.isOp('*') ? this.parseStarred() : this.parseBitwiseOr();
      this.checkTarget(target, 'del');
      targets.push(target);
      if (!this.eatOp(',') || this.atStatementEnd()) break;
    }
    if (!this.atStatementEnd()) throw this.invalidDel(first);
    return { type: 'Delete', targets, ...this.span(start) };
  }

  /** CPython's invalid_del_stmt: re-read the targets as star_expressions to name the culprit. */
  private invalidDel(first: number): PySyntaxError {
    const generic = this.invalidSyntax();
    this.reset(first);
    const whole = this.tryParse(() => this.parseStarExpressions());
    const bad = whole && invalidTarget(whole, 'del');
    return bad ? this.errorAt(bad, `cannot delete ${exprName(bad)}`) : generic;
  }

  private parseAssert(): ast.Assert {
    const start = this.next();
    const test = this.parseExpression();
    const msg = this.eatOp(',') ? this.parseExpression() : null;
    return { type: 'Assert', test, msg, ...this.span(start) };
  }

  // ---- imports ----

  private parseImport(): ast.Import {
    const start = this.next();
    const names = [this.parseDottedAlias()];
    while (this.eatOp(',')) names.push(this.parseDottedAlias());
    return { type: 'Import', names, ...this.span(start) };
  }

  private parseDottedAlias(): ast.Alias {
    const start = this.tok;
    const name = this.parseDottedName();
    const asname = this.eatKeyword('as') ? this.expectIdentifier().value : null;
    return { type: 'alias', name, asname, ...this.span(start) };
  }

  private parseDottedName(): string {
    let name = this.expectIdentifier().value;
    while (this.eatOp('.')) name += '.' + this.expectIdentifier().value;
    return name;
  }

  private parseImportFrom(): ast.ImportFrom {
    const start = this.next();
    let level = 0;
    for (;;) {
      if (this.eatOp('.')) level += 1;
      else if (this.eatOp('...')) level += 3;
      else break;
    }
    const module = level > 0 && this.isKeyword('import') ? null : this.parseDottedName();
    this.expectKeyword('import');
    const names = this.parseImportFromTargets();
    return { type: 'ImportFrom', module, names, level, ...this.span(start) };
  }

  private parseImportFromTargets(): ast.Alias[] {
    if (this.isOp('*')) {
      const star = this.next();
      return [{ type: 'alias', name: '*', asname: null, ...ParserBase.tokenSpan(star) }];
    }
    const paren = this.eatOp('(');
    const names = [this.parseImportAlias()];
    while (this.eatOp(',')) {
      if (paren && this.isOp(')')) break;
      if (!paren && this.at('NEWLINE')) {
        throw this.errorAtToken(this.tok, 'trailing comma not allowed without surrounding parentheses');
      }
      names.push(this.parseImportAlias());
    }
    if (paren) this.expectOp(')');
    return names;
  }

  private parseImportAlias(): ast.Alias {
    const start = this.expectIdentifier();
    const asname = this.eatKeyword('as') ? this.expectIdentifier().value : null;
    return { type: 'alias', name: start.value, asname, ...this.span(start) };
  }

  // ---- expression statements and assignments ----

  private parseExpressionStatement(): ast.Stmt {
    const start = this.tok;
    const first = this.isKeyword('yield') ? this.parseYieldExpr() : this.parseStarExpressions();
    if (this.isOp('=')) return this.parseAssign(start, first);
    if (this.at('OP') && this.tok.value.length >= 2 && this.tok.value.endsWith('=')) {
      const op = BINARY_OPERATORS.get(this.tok.value.slice(0, -1));
      if (op !== undefined) return this.parseAugAssign(start, first, op);
    }
    if (this.isOp(':')) return this.parseAnnAssign(start, first);
    if (this.isOp(':=')) throw this.walrusStatementError(first, start);
    return { type: 'Expr', value: first, ...this.span(start) };
  }

  /** `x := 1` as a statement: invalid syntax, or CPython's message for a non-name target. */
  private walrusStatementError(first: ast.Expr, start: Token): PySyntaxError {
    const target = first.type === 'Tuple' && !this.parenthesizedTuple(first, start)
      ? first.elts[first.elts.length - 1]! : first;
    if (target.type === 'Name' || target.type === 'Starred') return this.invalidSyntax();
    return this.errorAt(target, `cannot use assignment expressions with ${exprName(target)}`);
  }

  private parseAssignValue(): ast.Expr {
    return this.isKeyword('yield') ? this.parseYieldExpr() : this.parseStarExpressions();
  }

  /** `a = b = value`: every expression before the last `=` is a target. */
  private parseAssign(start: Token, first: ast.Expr): ast.Assign {
    const firstEq = this.pos;
    const targets = [first];
    let value: ast.Expr;
    for (;;) {
      this.next();
      value = this.parseValueAfterTargets(targets);
      if (!this.isOp('=')) break;
      targets.push(value);
    }
    this.checkAssignTargets(targets, start, firstEq);
    return { type: 'Assign', targets, value, ...this.span(start) };
  }

  /** The value after `targets =`; if it does not parse, an invalid target is named first. */
  private parseValueAfterTargets(targets: ast.Expr[]): ast.Expr {
    try {
      return this.parseAssignValue();
    } catch (e) {
      if (!(e instanceof PySyntaxError) || e === this.tokenError) throw e;
      for (const target of targets) {
        if (target.type === 'Yield' || target.type === 'YieldFrom') {
          throw this.errorAt(target, 'assignment to yield expression not possible');
        }
        const bad = invalidTarget(target, 'star');
        if (bad) throw this.errorAt(bad, `cannot assign to ${exprName(bad)}`);
      }
      throw e;
    }
  }

  /** Validate assignment targets with CPython's invalid_assignment messages. */
  private checkAssignTargets(targets: ast.Expr[], start: Token, firstEq: number): void {
    const first = targets[0]!;
    if (invalidTarget(first, 'star') && first.type !== 'Yield' && first.type !== 'YieldFrom') {
      const save = this.pos;
      const candidate = first.type === 'Tuple' && !this.parenthesizedTuple(first, start)
        ? first.elts[first.elts.length - 1]! : first;
      this.reset(firstEq);
      if (candidate.type !== 'Starred') {
        this.checkMistakenAssignment(candidate, this.tokenAt(candidate, firstEq));
      }
      this.reset(save);
    }
    for (const target of targets) {
      if (target.type === 'Yield' || target.type === 'YieldFrom') {
        throw this.errorAt(target, 'assignment to yield expression not possible');
      }
      this.checkTarget(target, 'star');
    }
  }

  private parenthesizedTuple(t: ast.Tuple, start: Token): boolean {
    return start.value === '(' && t.col_offset === start.col && t.lineno === start.lineno;
  }

  /** The first token of `e`, which starts before token index `before`. */
  private tokenAt(e: ast.Expr, before: number): Token {
    for (let i = before - 1; i >= 0; i--) {
      const t = this.tokens.get(i);
      if (t.lineno === e.lineno && t.col === e.col_offset) return t;
    }
    return this.tokens.get(before);
  }

  private parseAugAssign(start: Token, target: ast.Expr, op: ast.Operator): ast.AugAssign {
    if (target.type !== 'Name' && target.type !== 'Attribute' && target.type !== 'Subscript') {
      throw this.errorAt(target, `'${exprName(target)}' is an illegal expression for augmented assignment`);
    }
    this.next();
    const value = this.parseAssignValue();
    this.checkTarget(target, 'star');
    return { type: 'AugAssign', target, op, value, ...this.span(start) };
  }

  private parseAnnAssign(start: Token, target: ast.Expr): ast.AnnAssign {
    // CPython's invalid_ann_assign rules need an expression after the colon to apply.
    if (!this.startsExpression(this.lookahead())) {
      if (target.type === 'Name' || target.type === 'Attribute' || target.type === 'Subscript') this.next();
      throw this.invalidSyntax();
    }
    if (target.type === 'Tuple' && !this.parenthesizedTuple(target, start)) {
      throw this.errorAt(target.elts[0]!, 'only single target (not tuple) can be annotated');
    }
    if (target.type === 'List' || target.type === 'Tuple') {
      throw this.errorAt(target, `only single target (not ${exprName(target)}) can be annotated`);
    }
    if (target.type !== 'Name' && target.type !== 'Attribute' && target.type !== 'Subscript') {
      throw this.errorAt(target, 'illegal target for annotation');
    }
    this.next();
    const annotation = this.parseExpression();
    const value = this.eatOp('=') ? this.parseAssignValue() : null;
    this.checkTarget(target, 'star');
    const simple = target.type === 'Name' && !this.parenthesized.has(target) ? 1 : 0;
    return { type: 'AnnAssign', target, annotation, value, simple, ...this.span(start) };
  }

  // ---- blocks ----

  /**
   * block: NEWLINE INDENT statements DEDENT, or simple statements on the same line.
   * `owner` names the statement for "expected an indented block after ...".
   */
  protected parseBlock(owner: string, header: Token): ast.Stmt[] {
    const body: ast.Stmt[] = [];
    if (!this.at('NEWLINE')) {
      this.parseSimpleStatements(body);
      return body;
    }
    this.next();
    if (!this.at('INDENT')) {
      throw this.errorAtToken(this.tok, `expected an indented block after ${owner} on line ${header.lineno}`, 'IndentationError');
    }
    this.next();
    while (!this.at('DEDENT') && !this.at('ENDMARKER')) this.parseStatementInto(body);
    this.next();
    return body;
  }

  /** `:` after a compound statement header, CPython-style: "expected ':'" where it says so. */
  private expectColon(forced: boolean): void {
    if (this.eatOp(':')) return;
    if (forced || this.at('NEWLINE')) throw this.errorAtToken(this.tok, "expected ':'");
    throw this.invalidSyntax();
  }

  /** Span from `start` to the last non-whitespace token consumed (CPython's EXTRA). */
  private blockSpan(start: Token): ast.Located {
    let i = this.pos - 1;
    while (i > 0 && isLayout(this.tokens.kindAt(i))) i--;
    const end = this.tokens.get(i);
    return { lineno: start.lineno, col_offset: start.col, end_lineno: end.endLineno, end_col_offset: end.endCol };
  }

  // ---- if / while / for ----

  private parseIf(): ast.If {
    const start = this.next();
    const test = this.parseNamedExpression();
    this.expectColon(false);
    const body = this.parseBlock(`'${start.value}' statement`, start);
    let orelse: ast.Stmt[] = [];
    if (this.isKeyword('elif')) orelse = [this.parseIf()];
    else if (this.isKeyword('else')) orelse = this.parseElse();
    return { type: 'If', test, body, orelse, ...this.blockSpan(start) };
  }

  private parseElse(): ast.Stmt[] {
    const t = this.next();
    this.expectColon(true);
    return this.parseBlock("'else' statement", t);
  }

  private parseWhile(): ast.While {
    const start = this.next();
    const test = this.parseNamedExpression();
    this.expectColon(false);
    const body = this.parseBlock("'while' statement", start);
    const orelse = this.isKeyword('else') ? this.parseElse() : [];
    return { type: 'While', test, body, orelse, ...this.blockSpan(start) };
  }

  private parseFor(start: Token = this.tok): ast.For {
    const forTok = this.next();
    const target = this.parseForTarget();
    const iter = this.parseStarExpressions();
    this.expectColon(false);
    const body = this.parseBlock("'for' statement", forTok);
    const orelse = this.isKeyword('else') ? this.parseElse() : [];
    return { type: 'For', target, iter, body, orelse, ...this.blockSpan(start) };
  }

  // ---- try ----

  private parseTry(): ast.Try {
    const start = this.next();
    this.expectColon(true);
    const body = this.parseBlock("'try' statement", start);
    const handlers: ast.ExceptHandler[] = [];
    while (this.isKeyword('except')) handlers.push(this.parseExceptHandler());
    const orelse = handlers.length && this.isKeyword('else') ? this.parseElse() : [];
    let finalbody: ast.Stmt[] = [];
    if (this.isKeyword('finally')) {
      const f = this.next();
      this.expectColon(true);
      finalbody = this.parseBlock("'finally' statement", f);
    }
    if (!handlers.length && !finalbody.length) {
      throw this.errorAtToken(this.tok, "expected 'except' or 'finally' block");
    }
    return { type: 'Try', body, handlers, orelse, finalbody, ...this.blockSpan(start) };
  }

  private parseExceptHandler(): ast.ExceptHandler {
    const start = this.next();
    if (this.isOp('*')) {
      const star = this.next();
      this.unsupportedAt(ParserBase.between(ParserBase.tokenSpan(start), ParserBase.tokenSpan(star)), "'except*'");
    }
    let type: ast.Expr | null = null;
    let name: string | null = null;
    if (!this.isOp(':')) {
      type = this.parseExpression();
      if (this.isOp(',')) throw this.multipleExceptTypes(type);
      if (this.eatKeyword('as')) name = this.expectIdentifier().value;
    }
    this.expectColon(false);
    const body = this.parseBlock("'except' statement", start);
    return { type: 'ExceptHandler', type_: type, name, body, ...this.blockSpan(start) };
  }

  private multipleExceptTypes(first: ast.Expr): PySyntaxError {
    let last: ast.Expr = first;
    while (this.eatOp(',')) {
      if (!this.startsExpression()) break;
      last = this.parseExpression();
    }
    return this.errorAt(ParserBase.between(first, last), 'multiple exception types must be parenthesized');
  }

  // ---- with ----

  private parseWith(start: Token = this.tok): ast.With {
    const withTok = this.next();
    const items = this.isOp('(') ? this.parseParenthesizedWithItems() ?? this.parseWithItems() : this.parseWithItems();
    this.expectColon(false);
    const body = this.parseBlock("'with' statement", withTok);
    return { type: 'With', items, body, ...this.blockSpan(start) };
  }

  /** `with (a as b, c):` — null (and rewound) if the parentheses belong to an expression. */
  private parseParenthesizedWithItems(): ast.WithItem[] | null {
    const save = this.pos;
    const depth = this.bracketDepth;
    try {
      this.next();
      this.bracketDepth++;
      const items = [this.parseWithItem()];
      while (this.eatOp(',')) {
        if (this.isOp(')')) break;
        items.push(this.parseWithItem());
      }
      this.expectOp(')');
      this.bracketDepth = depth;
      if (this.isOp(':')) return items;
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
    }
    this.bracketDepth = depth;
    this.reset(save);
    return null;
  }

  private parseWithItems(): ast.WithItem[] {
    const items = [this.parseWithItem()];
    while (this.eatOp(',')) items.push(this.parseWithItem());
    return items;
  }

  private parseWithItem(): ast.WithItem {
    const context_expr = this.parseExpression();
    let optional_vars: ast.Expr | null = null;
    if (this.eatKeyword('as')) {
      optional_vars = this.isOp('*') ? this.parseStarred() : this.parseBitwiseOr();
      this.checkTarget(optional_vars, 'star');
    }
    return { type: 'withitem', context_expr, optional_vars };
  }

  // ---- def / class / decorators / async ----

  private parseDecorated(): ast.Stmt {
    const decorators: ast.Expr[] = [];
    while (this.eatOp('@')) {
      decorators.push(this.parseNamedExpression());
      if (!this.at('NEWLINE')) throw this.invalidSyntax();
      this.next();
    }
    if (this.isKeyword('def')) return this.parseFunctionDef(decorators);
    if (this.isKeyword('class')) return this.parseClassDef(decorators);
    if (this.isKeyword('async')) return this.parseAsync(decorators);
    throw this.invalidSyntax();
  }

  private parseFunctionDef(decorator_list: ast.Expr[], start: Token = this.tok): ast.FunctionDef {
    const defTok = this.next();
    const name = this.expectIdentifier().value;
    this.forceOp('(');
    this.bracketDepth++;
    const args = this.parseParameters(')', true);
    this.expectOp(')');
    this.bracketDepth--;
    const returns = this.isOp('->') ? this.parseReturnAnnotation() : null;
    this.expectColon(true);
    const body = this.parseBlock(`function definition`, defTok);
    return { type: 'FunctionDef', name, args, body, decorator_list, returns, ...this.blockSpan(start) };
  }

  /** `-> expr`; a missing expression is CPython's forced "expected ':'" at the arrow. */
  private parseReturnAnnotation(): ast.Expr {
    const arrow = this.next();
    if (!this.startsExpression()) throw this.errorAtToken(arrow, "expected ':'");
    // PEG semantics: if the whole expression fails, its longest primary prefix is taken and
    // the forced ':' after it reports the error.
    const annotation = this.tryParse(() => this.parseExpression(), true) ?? this.parsePrimaryPrefix();
    if (!annotation) throw this.invalidSyntax();
    return annotation;
  }

  private parseClassDef(decorator_list: ast.Expr[]): ast.ClassDef {
    const start = this.next();
    const name = this.expectIdentifier().value;
    let bases: ast.Expr[] = [];
    let keywords: ast.Keyword[] = [];
    if (this.isOp('(')) {
      const call = this.parseClassArguments();
      bases = call.args;
      keywords = call.keywords;
    }
    this.expectColon(false);
    const body = this.parseBlock('class definition', start);
    return { type: 'ClassDef', name, bases, keywords, body, decorator_list, ...this.blockSpan(start) };
  }

  /** Class arguments parse like call arguments (CPython's `'(' [arguments] ')'`). */
  private parseClassArguments(): ast.Call {
    const dummy: ast.Name = { type: 'Name', id: '', ctx: 'Load', ...ParserBase.tokenSpan(this.tok) };
    return this.parseCall(dummy, this.tok, true);
  }

  /** `async def|for|with`: parsed as the plain statement, recorded as unsupported. */
  private parseAsync(decorators: ast.Expr[]): ast.Stmt {
    const start = this.next();
    const kw = this.tok;
    const construct = `'async ${kw.value}'`;
    const span = ParserBase.between(ParserBase.tokenSpan(start), ParserBase.tokenSpan(kw));
    if (kw.kind !== 'NAME' || (kw.value !== 'def' && kw.value !== 'for' && kw.value !== 'with') ||
        (decorators.length && kw.value !== 'def')) {
      throw this.invalidSyntax();
    }
    this.unsupportedAt(span, construct);
    if (kw.value === 'def') return this.parseFunctionDef(decorators, start);
    if (kw.value === 'for') return this.parseFor(start);
    return this.parseWith(start);
  }

  // ---- match (soft keyword): recognized, skipped and reported as unsupported ----

  /** If a `match` statement starts here, skip it (recording it) and return true. */
  private tryParseMatch(): boolean {
    const save = this.pos;
    const start = this.next();
    let isMatch = false;
    try {
      if (this.startsExpression() || this.isOp('*')) {
        this.parseStarExpressions();
        isMatch = this.isOp(':') && this.peek().kind === 'NEWLINE';
      }
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
    }
    if (!isMatch) {
      this.reset(save);
      return false;
    }
    this.unsupportedAt(ParserBase.tokenSpan(start), "'match' statement");
    this.skipIndentedBlock(start.lineno);
    return true;
  }

  /** Skip `: NEWLINE INDENT ... DEDENT` without parsing it. */
  private skipIndentedBlock(line: number): void {
    this.next();
    this.next();
    if (!this.at('INDENT')) {
      throw this.errorAtToken(this.tok, `expected an indented block after 'match' statement on line ${line}`, 'IndentationError');
    }
    let depth = 0;
    do {
      if (this.at('INDENT')) depth++;
      else if (this.at('DEDENT')) depth--;
      this.next();
    } while (depth > 0 && !this.at('ENDMARKER'));
  }
}

// Expression parser: CPython 3.11's expression grammar (Grammar/python.gram, "EXPRESSIONS")
// by recursive descent, with precedence climbing for the binary operators. It also detects the
// common mistakes CPython's `invalid_*` rules name ("cannot assign to ... here", "':' expected
// after dictionary key", ...). Calls and parameters live in parse-arguments.ts, statements in
// parse-statements.ts, literal decoding in string-literals.ts; positions follow CPython's AST.

import { PySyntaxError } from '../diagnostics.js';
import type * as ast from './ast.js';
import { ArgumentParser } from './parse-arguments.js';
import { KEYWORDS, ParserBase } from './parser-base.js';
import { parseStrings, type StringContext } from './string-literals.js';
import { exprName, invalidTarget, isBitwiseOrLevel, leftmost, setContext, type TargetKind } from './targets.js';
import { tokenize, type Token, type TokenList } from './tokenizer.js';

const BINARY_PRECEDENCE: ReadonlyMap<string, number> = new Map([
  ['|', 1], ['^', 2], ['&', 3], ['<<', 4], ['>>', 4],
  ['+', 5], ['-', 5], ['*', 6], ['/', 6], ['//', 6], ['%', 6], ['@', 6],
]);

export const BINARY_OPERATORS: ReadonlyMap<string, ast.Operator> = new Map<string, ast.Operator>([
  ['|', 'BitOr'], ['^', 'BitXor'], ['&', 'BitAnd'], ['<<', 'LShift'], ['>>', 'RShift'],
  ['+', 'Add'], ['-', 'Sub'], ['*', 'Mult'], ['/', 'Div'], ['//', 'FloorDiv'], ['%', 'Mod'],
  ['@', 'MatMult'], ['**', 'Pow'],
]);

const COMPARE_OPERATORS: ReadonlyMap<string, ast.CmpOperator> = new Map<string, ast.CmpOperator>([
  ['==', 'Eq'], ['!=', 'NotEq'], ['<', 'Lt'], ['<=', 'LtE'], ['>', 'Gt'], ['>=', 'GtE'],
]);

const UNARY_OPERATORS: ReadonlyMap<string, ast.UnaryOperator> = new Map<string, ast.UnaryOperator>([
  ['+', 'UAdd'], ['-', 'USub'], ['~', 'Invert'],
]);

export class ExpressionParser extends ArgumentParser {
  /** In an f-string field's sub-parser: where the field's text starts. */
  private fieldStart: { lineno: number; col: number } | null = null;

  // ---- lists of expressions ----

  /** star_expressions: `a`, `*a`, or an unparenthesized tuple `a, *b,`. */
  parseStarExpressions(): ast.Expr {
    const start = this.tok;
    const first = this.parseStarExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpression() && !this.isOp('*')) break;
      elts.push(this.parseStarExpression());
    }
    return { type: 'Tuple', elts, ctx: 'Load', ...this.span(start) };
  }

  /** star_expression: `*bitwise_or` or expression. */
  parseStarExpression(): ast.Expr {
    if (this.isOp('*')) return this.parseStarred();
    return this.parseExpression();
  }

  /** star_named_expression: `*bitwise_or` or named_expression. */
  parseStarNamedExpression(): ast.Expr {
    if (this.isOp('*')) return this.parseStarred();
    return this.parseNamedExpression();
  }

  /** `*x` in displays, targets and star_expressions: the operand is a bitwise_or. */
  protected parseStarred(): ast.Starred {
    const star = this.next();
    const value = this.parseBitwiseOr();
    return { type: 'Starred', value, ctx: 'Load', ...this.span(star) };
  }

  /** starred_expression (`*x` in call arguments and subscripts): any expression. */
  protected parseStarredExpression(): ast.Starred {
    const star = this.next();
    const value = this.parseExpression();
    return { type: 'Starred', value, ctx: 'Load', ...this.span(star) };
  }

  /** named_expression: `NAME := expression` or an expression not followed by `:=`. */
  parseNamedExpression(): ast.Expr {
    const start = this.tok;
    const e = this.parseExpression();
    if (this.isOp(':=')) return this.parseWalrus(e);
    if (this.isOp('=')) this.checkMistakenAssignment(e, start);
    return e;
  }

  protected parseWalrus(target: ast.Expr): ast.NamedExpr {
    if (target.type !== 'Name' || this.parenthesized.has(target)) {
      throw this.errorAt(target, `cannot use assignment expressions with ${exprName(target)}`);
    }
    this.next();
    const value = this.parseExpression();
    setContext(target, 'Store');
    return { type: 'NamedExpr', target, value, ...this.spanFrom(target) };
  }

  /**
   * `x = 1` where an expression was expected (CPython's invalid_named_expression):
   * "Maybe you meant '==' ...". Returns silently when the rule does not apply.
   */
  protected checkMistakenAssignment(a: ast.Expr, start: Token): void {
    const save = this.pos;
    const b = this.tryParse(() => {
      this.next();
      return this.parseBitwiseOr();
    });
    if (!b) return;
    // CPython's lookahead cannot see past end of file inside open brackets: no match then.
    const followed = this.isOp('=') || this.isOp(':=') || this.atEndOfFile();
    this.reset(save);
    if (followed) return;
    if (a.type === 'Name' && start.kind === 'NAME') {
      throw this.errorAt(ParserBase.between(a, b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    if (a.type === 'Tuple' || this.startsWithDisplayOrConstant(a, start) || !this.isBitwiseOr(a)) return;
    throw this.errorAt(a, `cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`);
  }

  /** CPython's lookahead `!(list|tuple|genexp|'True'|'None'|'False')` at the start of `a`. */
  private startsWithDisplayOrConstant(a: ast.Expr, start: Token): boolean {
    if (start.kind === 'NAME') return start.value === 'True' || start.value === 'None' || start.value === 'False';
    const left = leftmost(a);
    if (left.type === 'List' || left.type === 'GeneratorExp') return true;
    return left.type === 'Tuple' && start.value === '(';
  }

  protected isBitwiseOr(e: ast.Expr): boolean {
    return this.parenthesized.has(e) || isBitwiseOrLevel(e);
  }

  // ---- expression, ternary, lambda ----

  /** expression: disjunction ['if' disjunction 'else' expression] | lambdef. */
  parseExpression(): ast.Expr {
    if (this.isKeyword('lambda')) return this.parseLambda();
    const start = this.tok;
    const body = this.parseDisjunction();
    if (!this.isKeyword('if')) return body;
    this.next();
    const test = this.parseDisjunction();
    if (!this.eatKeyword('else')) {
      if (this.isOp(':')) throw this.invalidSyntax();
      throw this.errorAt(ParserBase.between(body, test), "expected 'else' after 'if' expression");
    }
    const orelse = this.parseExpression();
    return { type: 'IfExp', test, body, orelse, ...this.span(start) };
  }

  private parseLambda(): ast.Lambda {
    const start = this.next();
    const args = this.parseParameters(':', false);
    this.expectOp(':');
    const body = this.parseExpression();
    return { type: 'Lambda', args, body, ...this.spanFrom(ParserBase.tokenSpan(start)) };
  }

  parseDisjunction(): ast.Expr {
    const start = this.tok;
    const first = this.parseConjunction();
    if (!this.isKeyword('or')) return first;
    const values = [first];
    while (this.eatKeyword('or')) values.push(this.parseConjunction());
    return { type: 'BoolOp', op: 'Or', values, ...this.span(start) };
  }

  private parseConjunction(): ast.Expr {
    const start = this.tok;
    const first = this.parseInversion();
    if (!this.isKeyword('and')) return first;
    const values = [first];
    while (this.eatKeyword('and')) values.push(this.parseInversion());
    return { type: 'BoolOp', op: 'And', values, ...this.span(start) };
  }

  private parseInversion(): ast.Expr {
    if (!this.isKeyword('not')) return this.parseComparison();
    const start = this.next();
    const operand = this.parseInversion();
    return { type: 'UnaryOp', op: 'Not', operand, ...this.span(start) };
  }

  private parseComparison(): ast.Expr {
    const start = this.tok;
    const left = this.parseBitwiseOr();
    let op = this.compareOperator();
    if (op === null) return left;
    const ops: ast.CmpOperator[] = [];
    const comparators: ast.Expr[] = [];
    while (op !== null) {
      ops.push(op);
      comparators.push(this.parseBitwiseOr());
      op = this.compareOperator();
    }
    return { type: 'Compare', left, ops, comparators, ...this.span(start) };
  }

  /** Consume a comparison operator (`not in`, `is not` included) and return it, or null. */
  private compareOperator(): ast.CmpOperator | null {
    const t = this.tok;
    if (t.kind === 'OP') {
      const op = COMPARE_OPERATORS.get(t.value);
      if (op === undefined) {
        if (t.value === '<>') throw this.invalidSyntax();
        return null;
      }
      this.next();
      return op;
    }
    if (t.kind !== 'NAME') return null;
    if (t.value === 'in') { this.next(); return 'In'; }
    if (t.value === 'is') {
      this.next();
      return this.eatKeyword('not') ? 'IsNot' : 'Is';
    }
    if (t.value === 'not' && this.peek().kind === 'NAME' && this.peek().value === 'in') {
      this.next();
      this.next();
      return 'NotIn';
    }
    return null;
  }

  // ---- binary operators (precedence climbing), unary, power ----

  parseBitwiseOr(): ast.Expr {
    return this.parseBinary(1);
  }

  private parseBinary(minPrec: number): ast.Expr {
    const start = this.tok;
    let left = this.parseFactor();
    for (;;) {
      const t = this.tok;
      const prec = t.kind === 'OP' ? BINARY_PRECEDENCE.get(t.value) : undefined;
      if (prec === undefined || prec < minPrec) return left;
      this.next();
      const right = this.parseBinary(prec + 1);
      left = { type: 'BinOp', left, op: BINARY_OPERATORS.get(t.value)!, right, ...this.span(start) };
    }
  }

  private parseFactor(): ast.Expr {
    const t = this.tok;
    const op = t.kind === 'OP' ? UNARY_OPERATORS.get(t.value) : undefined;
    if (op === undefined) return this.parsePower();
    this.next();
    const operand = this.parseFactor();
    return { type: 'UnaryOp', op, operand, ...this.span(t) };
  }

  private parsePower(): ast.Expr {
    const start = this.tok;
    const left = this.parseAwaitPrimary();
    if (!this.isOp('**')) return left;
    this.next();
    const right = this.parseFactor();
    return { type: 'BinOp', left, op: 'Pow', right, ...this.span(start) };
  }

  private parseAwaitPrimary(): ast.Expr {
    if (!this.isKeyword('await')) return this.parsePrimary();
    const start = this.next();
    const value = this.parsePrimary();
    this.unsupportedAt(this.span(start), "'await'");
    return value;
  }

  // ---- primary: attribute, call, subscript ----

  parsePrimary(): ast.Expr {
    const start = this.tok;
    let e = this.parseAtom();
    for (;;) {
      const next = this.parseTrailer(e, start);
      if (next === e) return e;
      e = next;
    }
  }

  protected parsePrimaryPrefix(): ast.Expr | null {
    return this.tryParse(() => {
      const start = this.tok;
      let e = this.parseAtom();
      for (;;) {
        const save = this.pos;
        const longer = this.tryParse(() => this.parseTrailer(e, start));
        if (!longer || this.pos === save) return e;
        e = longer;
      }
    });
  }

  /** One `.name`, `(...)` or `[...]` after `e`, or `e` itself if none follows. */
  private parseTrailer(e: ast.Expr, start: Token): ast.Expr {
    if (this.isOp('.')) {
      this.next();
      const name = this.expectIdentifier();
      return { type: 'Attribute', value: e, attr: name.value, ctx: 'Load', ...this.span(start) };
    }
    if (this.isOp('(')) return this.parseCall(e, start);
    if (this.isOp('[')) return this.parseSubscript(e, start);
    return e;
  }

  private parseSubscript(value: ast.Expr, start: Token): ast.Subscript {
    this.next();
    this.bracketDepth++;
    const [slice, lastSlice] = this.parseSlices();
    this.expectCloser(']', lastSlice.type === 'Starred' ? lastSlice.value : lastSlice);
    this.bracketDepth--;
    return { type: 'Subscript', value, slice, ctx: 'Load', ...this.span(start) };
  }

  /** slices: one slice, or a tuple of slices and starred expressions (no brackets in span). */
  /** Returns the slice and its last element (where a missing comma would be diagnosed). */
  private parseSlices(): [ast.Expr, ast.Expr] {
    const start = this.tok;
    const first = this.parseSlice();
    if (!this.isOp(',') && first.type !== 'Starred') return [first, first];
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.parseSlice());
    }
    return [{ type: 'Tuple', elts, ctx: 'Load', ...this.span(start) }, elts[elts.length - 1]!];
  }

  private parseSlice(): ast.Expr {
    const start = this.tok;
    if (this.isOp('*')) return this.parseStarredExpression();
    let lower: ast.Expr | null = null;
    if (!this.isOp(':')) {
      lower = this.parseNamedExpression();
      if (!this.isOp(':')) return lower;
    }
    this.next();
    const upper = this.isSliceBoundEnd() ? null : this.parseExpression();
    let step: ast.Expr | null = null;
    if (this.eatOp(':') && !this.isSliceBoundEnd()) step = this.parseExpression();
    return { type: 'Slice', lower, upper, step, ...this.span(start) };
  }

  private isSliceBoundEnd(): boolean {
    return this.isOp(']') || this.isOp(',') || this.isOp(':');
  }

  // ---- atoms ----

  parseAtom(): ast.Expr {
    const t = this.tok;
    switch (t.kind) {
      case 'NAME': return this.parseNameAtom(t);
      case 'NUMBER': this.next(); return this.numberConstant(t);
      case 'STRING': return this.parseStringAtom();
      case 'OP': return this.parseOpAtom(t);
      default: throw this.invalidSyntax();
    }
  }

  private parseNameAtom(t: Token): ast.Expr {
    const v = t.value;
    if (KEYWORDS.has(v)) {
      let value: ast.ConstantValue;
      if (v === 'True' || v === 'False') value = { kind: 'bool', value: v === 'True' };
      else if (v === 'None') value = { kind: 'None' };
      else throw this.invalidSyntax();
      this.next();
      return { type: 'Constant', value, kind: null, ...ParserBase.tokenSpan(t) };
    }
    this.next();
    return { type: 'Name', id: v, ctx: 'Load', ...ParserBase.tokenSpan(t) };
  }

  private parseOpAtom(t: Token): ast.Expr {
    switch (t.value) {
      case '(': return this.parseParenAtom();
      case '[': return this.parseListAtom();
      case '{': return this.parseBraceAtom();
      case '...':
        this.next();
        return { type: 'Constant', value: { kind: 'Ellipsis' }, kind: null, ...ParserBase.tokenSpan(t) };
      default:
        throw this.invalidSyntax();
    }
  }

  protected numberConstant(t: Token): ast.Constant {
    return { type: 'Constant', value: parseNumber(t.value), kind: null, ...ParserBase.tokenSpan(t) };
  }

  /** `( )`, `(yield)`, `(expr)`, `(a, b)`, `(x for x in y)`. */
  private parseParenAtom(): ast.Expr {
    const open = this.next();
    this.bracketDepth++;
    let result: ast.Expr;
    if (this.isOp(')')) {
      this.next();
      result = { type: 'Tuple', elts: [], ctx: 'Load', ...this.span(open) };
    } else if (this.isKeyword('yield')) {
      result = this.parseYieldExpr();
      this.expectCloser(')', result);
      this.parenthesized.add(result);
    } else {
      result = this.parseParenContents(open);
    }
    this.bracketDepth--;
    return result;
  }

  private parseParenContents(open: Token): ast.Expr {
    const first = this.parseStarNamedExpression();
    if (this.isKeyword('for') || this.isKeyword('async')) {
      if (first.type === 'Starred') throw this.errorAt(first, 'iterable unpacking cannot be used in comprehension');
      const generators = this.parseComprehensionClauses();
      this.expectCloser(')', null);
      return { type: 'GeneratorExp', elt: first, generators, ...this.span(open) };
    }
    if (this.isOp(',')) {
      const elts = this.parseSequenceTail(first, ')');
      return { type: 'Tuple', elts, ctx: 'Load', ...this.span(open) };
    }
    this.expectCloser(')', firstElementForComma(first));
    if (first.type === 'Starred') throw this.errorAt(first, 'cannot use starred expression here');
    this.parenthesized.add(first);
    return first;
  }

  /** After the first element and a `,`: more elements up to and including `closer`. */
  private parseSequenceTail(first: ast.Expr, closer: string): ast.Expr[] {
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(closer)) break;
      elts.push(this.parseStarNamedExpression());
    }
    const last = elts[elts.length - 1]!;
    this.expectCloser(closer, last.type === 'Starred' ? null : last);
    return elts;
  }

  /** `[ ]`, `[a, *b]`, `[x for x in y]`. */
  private parseListAtom(): ast.Expr {
    const open = this.next();
    this.bracketDepth++;
    let result: ast.Expr;
    if (this.isOp(']')) {
      this.next();
      result = { type: 'List', elts: [], ctx: 'Load', ...this.span(open) };
    } else {
      const first = this.parseStarNamedExpression();
      if (this.isKeyword('for') || this.isKeyword('async')) {
        if (first.type === 'Starred') throw this.errorAt(first, 'iterable unpacking cannot be used in comprehension');
        const generators = this.parseComprehensionClauses();
        this.expectCloser(']', null);
        result = { type: 'ListComp', elt: first, generators, ...this.span(open) };
      } else {
        const elts = this.isOp(',') ? this.parseSequenceTail(first, ']') : (this.expectCloser(']', firstElementForComma(first)), [first]);
        result = { type: 'List', elts, ctx: 'Load', ...this.span(open) };
      }
    }
    this.bracketDepth--;
    return result;
  }

  /** `{}`, dict and set displays and comprehensions. */
  private parseBraceAtom(): ast.Expr {
    const open = this.next();
    this.bracketDepth++;
    let result: ast.Expr;
    if (this.isOp('}')) {
      this.next();
      result = { type: 'Dict', keys: [], values: [], ...this.span(open) };
    } else if (this.isOp('**')) {
      const star = this.tok;
      const value = this.parseDoubleStarred();
      if (this.isKeyword('for') || this.isKeyword('async')) {
        throw this.errorAt(ParserBase.tokenSpan(star), 'dict unpacking cannot be used in dict comprehension');
      }
      result = this.parseDictTail(open, null, value);
    } else {
      const first = this.parseStarNamedExpression();
      if (this.isOp(':') && first.type !== 'Starred') {
        result = this.parseDictAfterKey(open, first, this.next());
      } else {
        result = this.parseSetAfterFirst(open, first);
      }
    }
    this.bracketDepth--;
    return result;
  }

  private parseDoubleStarred(): ast.Expr {
    this.next();
    return this.parseBitwiseOr();
  }

  /** The `: value` after a dict key, with CPython's invalid_kvpair messages. */
  private parseDictValue(key: ast.Expr): ast.Expr {
    if (!this.isOp(':')) {
      if (this.isOp(',') || this.isOp('}')) {
        const col = key.end_col_offset - 1;
        throw this.errorAt({ lineno: key.lineno, col_offset: col, end_lineno: key.end_lineno, end_col_offset: -2 },
          "':' expected after dictionary key");
      }
      throw this.forgotComma(key) ?? this.invalidSyntax();
    }
    const colon = this.next();
    return this.parseDictValueAfterColon(colon);
  }

  private parseDictValueAfterColon(colon: Token): ast.Expr {
    if (this.isOp('}') || this.isOp(',')) throw this.errorAt(ParserBase.tokenSpan(colon), "expression expected after dictionary key and ':'");
    if (this.isOp('*')) {
      const star = this.tok;
      this.parseStarred();
      throw this.errorAt(ParserBase.between(ParserBase.tokenSpan(star), ParserBase.tokenSpan(this.prev)),
        'cannot use a starred expression in a dictionary value');
    }
    return this.parseExpression();
  }

  private parseDictAfterKey(open: Token, key: ast.Expr, colon: Token): ast.Expr {
    const value = this.parseDictValueAfterColon(colon);
    if (this.isKeyword('for') || this.isKeyword('async')) {
      const generators = this.parseComprehensionClauses();
      this.expectCloser('}', null);
      return { type: 'DictComp', key, value, generators, ...this.span(open) };
    }
    return this.parseDictTail(open, key, value);
  }

  private parseDictTail(open: Token, firstKey: ast.Expr | null, firstValue: ast.Expr): ast.Dict {
    const keys: (ast.Expr | null)[] = [firstKey];
    const values: ast.Expr[] = [firstValue];
    while (this.eatOp(',')) {
      if (this.isOp('}')) break;
      if (this.isOp('**')) {
        keys.push(null);
        values.push(this.parseDoubleStarred());
        continue;
      }
      const key = this.parseExpression();
      keys.push(key);
      values.push(this.parseDictValue(key));
    }
    this.expectCloser('}', values[values.length - 1]!);
    return { type: 'Dict', keys, values, ...this.span(open) };
  }

  private parseSetAfterFirst(open: Token, first: ast.Expr): ast.Expr {
    if (this.isKeyword('for') || this.isKeyword('async')) {
      if (first.type === 'Starred') throw this.errorAt(first, 'iterable unpacking cannot be used in comprehension');
      const generators = this.parseComprehensionClauses();
      this.expectCloser('}', null);
      return { type: 'SetComp', elt: first, generators, ...this.span(open) };
    }
    const elts = this.isOp(',') ? this.parseSequenceTail(first, '}') : (this.expectCloser('}', firstElementForComma(first)), [first]);
    return { type: 'Set', elts, ...this.span(open) };
  }

  // ---- comprehensions ----

  /** for_if_clauses: one or more `for targets in disjunction (if disjunction)*`. */
  protected parseComprehensionClauses(): ast.Comprehension[] {
    const generators: ast.Comprehension[] = [];
    while (this.isKeyword('for') || this.isKeyword('async')) {
      if (this.isKeyword('async')) {
        const a = this.next();
        this.unsupportedAt(ParserBase.between(ParserBase.tokenSpan(a), ParserBase.tokenSpan(this.tok)), "'async for'");
      }
      this.expectKeyword('for');
      const target = this.parseForTarget();
      const iter = this.parseDisjunction();
      const ifs: ast.Expr[] = [];
      while (this.eatKeyword('if')) ifs.push(this.parseDisjunction());
      generators.push({ type: 'comprehension', target, iter, ifs, is_async: 0 });
    }
    return generators;
  }

  /**
   * star_targets for `for` loops, comprehensions and `del`: elements parsed at bitwise_or
   * level (so `in` is not swallowed), then validated and given Store/Del context.
   */
  protected parseTargetList(kind: TargetKind): ast.Expr {
    const start = this.tok;
    const first = this.parseTargetElement();
    let target = first;
    if (this.isOp(',')) {
      const elts = [first];
      while (this.eatOp(',')) {
        if (!this.startsExpression() && !this.isOp('*')) break;
        elts.push(this.parseTargetElement());
      }
      target = { type: 'Tuple', elts, ctx: 'Load', ...this.span(start) };
    }
    this.checkTarget(target, kind);
    return target;
  }

  /**
   * The target of `for` (statement or comprehension) and the `in` after it. Without the
   * `in`, CPython re-reads the target as star_expressions to name what is wrong.
   */
  protected parseForTarget(): ast.Expr {
    const start = this.pos;
    const target = this.parseTargetList('for');
    if (this.eatKeyword('in')) return target;
    const generic = this.invalidSyntax();
    this.reset(start);
    const whole = this.tryParse(() => this.parseStarExpressions());
    if (whole) {
      const bad = invalidTarget(whole, 'for');
      if (bad) throw this.errorAt(bad, `cannot assign to ${exprName(bad)}`);
    }
    this.reset(start);
    this.parseTargetList('for');
    const last = target.type === 'Tuple' && target.elts.length ? target.elts[target.elts.length - 1]! : target;
    throw this.forgotComma(last) ?? generic;
  }

  private parseTargetElement(): ast.Expr {
    if (this.isOp('*')) return this.parseStarred();
    return this.parseBitwiseOr();
  }

  /** Validate a target and set its context, or throw CPython's "cannot assign to ...". */
  protected checkTarget(target: ast.Expr, kind: TargetKind): void {
    const bad = invalidTarget(target, kind);
    if (bad) {
      const verb = kind === 'del' ? 'delete' : 'assign to';
      throw this.errorAt(bad, `cannot ${verb} ${exprName(bad)}`);
    }
    setContext(target, kind === 'del' ? 'Del' : 'Store');
  }

  // ---- yield ----

  /** yield_expr: `yield from expression` or `yield [star_expressions]`. */
  parseYieldExpr(): ast.Expr {
    const start = this.next();
    if (this.eatKeyword('from')) {
      const value = this.parseExpression();
      return { type: 'YieldFrom', value, ...this.span(start) };
    }
    const value = this.startsExpression() || this.isOp('*') ? this.parseStarExpressions() : null;
    return { type: 'Yield', value, ...this.span(start) };
  }

  // ---- strings ----

  private parseStringAtom(): ast.Expr {
    const strings: Token[] = [];
    while (this.at('STRING')) strings.push(this.next());
    try {
      return parseStrings(strings, this.stringContext());
    } catch (e) {
      if (e instanceof PySyntaxError) this.actionErrors.add(e);
      throw e;
    }
  }

  private stringContext(): StringContext {
    return {
      source: this.file.source,
      error: (msg) => this.errorAtToken(this.tok, msg),
      errorAt: (span, msg) => this.errorAt(span, msg),
      parseExpr: (start, end) => this.parseFStringExpr(start, end),
      unsupported: (span, construct) => this.unsupportedAt(span, construct),
    };
  }

  /** Parse source[start:end] as an f-string field, as CPython does with `(expr)`. */
  private parseFStringExpr(start: number, end: number): ast.Expr {
    const lineno = this.file.lineOf(start);
    const col = this.file.columnOf(start, lineno);
    let tokens: TokenList;
    try {
      tokens = tokenize(this.file, { start, end, lineno, inBrackets: true }).tokens;
    } catch (e) {
      // CPython tokenizes the field's `(expr)` copy: positions are in it, with no prefix.
      // (Tokenizer errors count characters.)
      if (e instanceof PySyntaxError) throw this.fstringError(e, start, end, lineno, col, '');
      throw e;
    }
    const sub = this.subParser(tokens);
    sub.fieldStart = { lineno, col };
    try {
      return sub.parseFStringField();
    } catch (e) {
      // (Parser errors count UTF-8 bytes.)
      const base = this.file.byteColumn(lineno, col);
      if (e instanceof PySyntaxError) throw this.fstringError(e, start, end, lineno, base, 'f-string: ');
      throw e;
    } finally {
      this.pendingUnsupported ??= sub.pendingUnsupported;
    }
  }

  /** A parser of the same class over other tokens (for f-string fields). */
  protected subParser(tokens: TokenList): ExpressionParser {
    return new ExpressionParser(this.file, tokens);
  }

  private parseFStringField(): ast.Expr {
    this.bracketDepth = 1;
    let e: ast.Expr;
    if (this.isKeyword('yield')) e = this.parseYieldExpr();
    else {
      const first = this.parseStarNamedExpression();
      if (first.type !== 'Starred' && (this.isKeyword('for') || this.isKeyword('async'))) {
        throw this.invalidSyntax();
      }
      e = this.isOp(',') ? this.fstringTuple(first) : first;
      if (e.type === 'Starred') throw this.errorAt(e, 'cannot use starred expression here');
    }
    if (!this.at('ENDMARKER')) throw this.forgotComma(e) ?? this.invalidSyntax();
    return e;
  }

  /** A bare tuple in a field spans the `(...)` CPython wraps around the field's text. */
  private fstringTuple(first: ast.Expr): ast.Expr {
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.at('ENDMARKER')) break;
      elts.push(this.parseStarNamedExpression());
    }
    const open = this.fieldStart!;
    const close = this.tok;
    return {
      type: 'Tuple', elts, ctx: 'Load',
      lineno: open.lineno, col_offset: open.col - 1, end_lineno: close.endLineno, end_col_offset: close.endCol,
    };
  }

  /** CPython reports errors inside a field against the text `(expr)`, prefixed "f-string: ". */
  /** Rebase `e` onto the `(expr)` text; `col` is where the field starts, in `e`'s units. */
  private fstringError(e: PySyntaxError, start: number, end: number, lineno: number, col: number,
    prefix: string): PySyntaxError {
    const text = `(${this.file.source.slice(start, end)})\n`;
    const shift = (line: number, offset: number): number =>
      line === lineno && offset > 0 ? offset - col + 1 : offset;
    return new PySyntaxError(e.pyType, prefix + e.msg, e.filename, e.lineno,
      shift(e.lineno, e.offset), e.endLineno, shift(e.endLineno, e.endOffset), text);
  }
}

/**
 * The expression "Perhaps you forgot a comma?" follows in a display's first element: a
 * leading `*x` is read by CPython's invalid_comprehension as a starred_expression, so `x`.
 */
function firstElementForComma(first: ast.Expr): ast.Expr {
  return first.type === 'Starred' ? first.value : first;
}

/** The value of a NUMBER token (all 3.11 forms; underscores already validated). */
export function parseNumber(text: string): ast.ConstantValue {
  const clean = text.includes('_') ? text.replaceAll('_', '') : text;
  const last = clean.charCodeAt(clean.length - 1) | 0x20;
  if (last === 106 /* j */) return { kind: 'complex', imag: Number(clean.slice(0, -1)) };
  const second = clean.charCodeAt(1) | 0x20;
  if (clean.charCodeAt(0) === 48 && (second === 120 || second === 111 || second === 98)) {
    return { kind: 'int', value: BigInt(clean.slice(0, 2).toLowerCase() + clean.slice(2)) };
  }
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return { kind: 'float', value: Number(clean) };
  }
  return { kind: 'int', value: BigInt(clean) };
}

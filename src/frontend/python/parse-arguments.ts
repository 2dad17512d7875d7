// Call arguments and function parameters (CPython 3.11's `arguments` and `parameters`
// rules) with CPython's ordering errors, plus the helpers that diagnose juxtaposed expressions
// ("Perhaps you forgot a comma?"). A layer of the parser class chain: ParserBase ->
// ArgumentParser -> ExpressionParser -> StatementParser; the expression grammar it needs is
// supplied by ExpressionParser through the abstract methods below.

import { PySyntaxError } from '../diagnostics.js';
import type * as ast from './ast.js';
import { KEYWORDS, ParserBase } from './parser-base.js';
import { leftmost } from './targets.js';
import type { Token } from './tokenizer.js';

/** Keywords that can start an expression. */
const EXPRESSION_KEYWORDS = new Set(['True', 'False', 'None', 'not', 'lambda', 'await']);
const SOFT_KEYWORDS = new Set(['match', 'case', '_']);
const CONSTANT_KEYWORDS = new Set(['True', 'False', 'None']);

export abstract class ArgumentParser extends ParserBase {
  abstract parseExpression(): ast.Expr;
  abstract parseDisjunction(): ast.Expr;
  /** The longest primary (atom and trailers) that parses here, or null (position kept). */
  protected abstract parsePrimaryPrefix(): ast.Expr | null;
  protected abstract parseStarredExpression(): ast.Starred;
  protected abstract parseWalrus(target: ast.Expr): ast.NamedExpr;
  protected abstract parseComprehensionClauses(): ast.Comprehension[];

  // ---- calls ----

  /** A call's argument list, from `(` to `)`; also class bases (no bare generator there). */
  protected parseCall(func: ast.Expr, start: Token, classBases = false): ast.Call {
    const open = this.next();
    this.bracketDepth++;
    const c: CallArgs = { args: [], keywords: [], open, misplaced: null, classBases };
    let last: ast.Expr | null = null;
    while (!this.isOp(')')) {
      last = this.parseCallArgument(c);
      if (last.type === 'GeneratorExp' && this.isOp(')')) break;
      if (!this.eatOp(',')) break;
    }
    // A `*arg` is CPython's starred_expression: its operand may be followed by an expression.
    this.expectCloser(')', last?.type === 'Starred' ? last.value : last);
    // CPython reports a misplaced positional argument at the token after the argument list.
    if (c.misplaced) throw this.errorAtToken(this.prev, c.misplaced);
    this.bracketDepth--;
    return { type: 'Call', func, args: c.args, keywords: c.keywords, ...this.span(start) };
  }

  /** One argument; appends it to `c.args` or `c.keywords` and returns the expression parsed. */
  private parseCallArgument(c: CallArgs): ast.Expr {
    const start = this.tok;
    const { args, keywords } = c;
    if (this.isOp('*')) {
      if (keywords.some((k) => k.arg === null)) {
        throw this.errorAtToken(start, 'iterable argument unpacking follows keyword argument unpacking');
      }
      const starred = this.parseStarredExpression();
      args.push(starred);
      return starred;
    }
    if (this.isOp('**')) {
      this.next();
      const value = this.parseExpression();
      keywords.push({ type: 'keyword', arg: null, value, ...this.span(start) });
      return value;
    }
    // Only a name (or True/False/None, which CPython reads as atoms) is followed by a look
    // for `=`; other keywords fail at once, and the generic error must point at them.
    const nameLike = start.kind === 'NAME' && (!KEYWORDS.has(start.value) || CONSTANT_KEYWORDS.has(start.value));
    if (nameLike && this.peek().kind === 'OP' && this.peek().value === '=') {
      return this.parseKeywordArgument(keywords, start);
    }
    return this.parsePositionalArgument(c);
  }

  private parseKeywordArgument(keywords: ast.Keyword[], name: Token): ast.Expr {
    if (name.value === 'True' || name.value === 'False' || name.value === 'None') {
      throw this.errorAt(ParserBase.between(ParserBase.tokenSpan(name), ParserBase.tokenSpan(this.peek())), `cannot assign to ${name.value}`);
    }
    if (KEYWORDS.has(name.value)) throw this.invalidSyntax();
    this.next();
    const eq = this.next();
    const value = this.parseExpression();
    if (this.isKeyword('for')) {
      throw this.errorAt(ParserBase.between(ParserBase.tokenSpan(name), ParserBase.tokenSpan(eq)),
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    keywords.push({ type: 'keyword', arg: name.value, value, ...this.span(name) });
    return value;
  }

  private parsePositionalArgument(c: CallArgs): ast.Expr {
    let e = this.parseExpression();
    if (this.isOp(':=')) {
      // Arguments take only `NAME := expr` (CPython's assignment_expression), no diagnosis.
      if (e.type !== 'Name' || this.parenthesized.has(e)) throw this.invalidSyntax();
      e = this.parseWalrus(e);
    }
    if (this.isKeyword('for') || this.isKeyword('async')) {
      if (c.classBases) throw this.invalidSyntax();
      return this.parseCallGenexp(e, c);
    }
    if (this.isOp('=')) {
      throw this.errorAt(ParserBase.between(e, ParserBase.tokenSpan(this.tok)),
        'expression cannot contain assignment, perhaps you meant "=="?');
    }
    if (c.keywords.length && c.misplaced === null) {
      const unpacking = c.keywords.some((k) => k.arg === null);
      c.misplaced = unpacking
        ? 'positional argument follows keyword argument unpacking'
        : 'positional argument follows keyword argument';
    }
    c.args.push(e);
    return e;
  }

  /** A generator expression as a call's argument: it must be the only one. */
  private parseCallGenexp(elt: ast.Expr, c: CallArgs): ast.Expr {
    const { args, keywords, open } = c;
    const generators = this.parseComprehensionClauses();
    const lastItem = lastComprehensionItem(generators);
    // CPython's invalid_arguments: any other argument before it, or a comma after.
    if (args.length || keywords.length || this.isOp(',')) {
      throw this.errorAt(ParserBase.between(elt, lastItem), 'Generator expression must be parenthesized');
    }
    if (!this.isOp(')')) throw this.invalidSyntax();
    const close = this.tok;
    const g: ast.GeneratorExp = {
      type: 'GeneratorExp', elt, generators,
      lineno: open.lineno, col_offset: open.col, end_lineno: close.endLineno, end_col_offset: close.endCol,
    };
    args.push(g);
    return g;
  }

  // ---- parameters (def and lambda) ----

  /** Parameters up to (not including) `closer`; annotations only for `def`. */
  protected parseParameters(closer: string, annotations: boolean): ast.Arguments {
    const s: ParamState = {
      posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null,
      defaults: [], seenSlash: false, seenStar: false,
    };
    while (!this.isOp(closer)) {
      this.parseParameterItem(s, closer, annotations);
      if (this.isOp(closer)) break;
      if (!this.isOp(',')) throw this.invalidSyntax();
      this.next();
    }
    const { seenSlash: _a, seenStar: _b, ...lists } = s;
    return { type: 'arguments', ...lists };
  }

  /** One of `/`, `*`, `*args`, `**kwargs`, `name[: ann][= default]`, in CPython's order rules. */
  private parseParameterItem(s: ParamState, closer: string, annotations: boolean): void {
    const t = this.tok;
    if (s.kwarg) {
      if (t.kind === 'NAME') throw this.errorAt(this.parseParam(annotations), 'arguments cannot follow var-keyword argument');
      if (this.isOp('*') || this.isOp('**') || this.isOp('/')) {
        throw this.errorAt(ParserBase.tokenSpan(t), 'arguments cannot follow var-keyword argument');
      }
      throw this.invalidSyntax();
    }
    if (this.isOp('/')) return this.parseSlashParam(s);
    if (this.isOp('*')) return this.parseStarParam(s, closer, annotations);
    if (this.isOp('**')) {
      this.next();
      s.kwarg = this.parseParam(annotations);
      if (this.isOp('=')) throw this.errorAt(ParserBase.tokenSpan(this.tok), 'var-keyword argument cannot have default value');
      return;
    }
    if (t.kind !== 'NAME') throw this.invalidSyntax();
    this.parsePlainParam(s, closer, annotations);
  }

  private parseSlashParam(s: ParamState): void {
    const t = this.next();
    const at = ParserBase.tokenSpan(t);
    if (s.seenSlash) throw this.errorAt(at, '/ may appear only once');
    if (s.seenStar) throw this.errorAt(at, '/ must be ahead of *');
    if (s.args.length === 0) {
      if (this.isOp(',')) throw this.errorAt(at, 'at least one argument must precede /');
      throw this.invalidSyntax(t);
    }
    s.posonlyargs = s.args;
    s.args = [];
    s.seenSlash = true;
  }

  private parseStarParam(s: ParamState, closer: string, annotations: boolean): void {
    const t = this.next();
    const at = ParserBase.tokenSpan(t);
    if (s.seenStar) throw this.errorAt(at, '* argument may appear only once');
    s.seenStar = true;
    if (this.isOp(',') || this.isOp(closer)) {
      const after = this.peek();
      const endsHere = after.kind === 'OP' && (after.value === closer || after.value === '**');
      if (this.isOp(closer) || endsHere) {
        // def reports at the `*`; lambda (invalid_lambda_star_etc) at the last token read.
        if (closer === ':') throw this.errorAtToken(this.isOp(closer) ? this.tok : after, 'named arguments must follow bare *');
        throw this.errorAt(at, 'named arguments must follow bare *');
      }
      return;
    }
    s.vararg = this.parseParam(annotations);
    if (this.isOp('=')) throw this.errorAt(ParserBase.tokenSpan(this.tok), 'var-positional argument cannot have default value');
  }

  private parsePlainParam(s: ParamState, closer: string, annotations: boolean): void {
    const param = this.parseParam(annotations);
    let dflt: ast.Expr | null = null;
    if (this.isOp('=')) {
      const eq = this.next();
      if (this.isOp(',') || this.isOp(')')) throw this.errorAt(ParserBase.tokenSpan(eq), 'expected default value expression');
      dflt = this.parseExpression();
    }
    if (s.seenStar) {
      s.kwonlyargs.push(param);
      s.kw_defaults.push(dflt);
      return;
    }
    if (dflt) s.defaults.push(dflt);
    else if (s.defaults.length) {
      // CPython's param_no_default: the parameter must end at `,` or the closer.
      if (!this.isOp(',') && !this.isOp(closer)) throw this.invalidSyntax();
      throw this.errorAt(param, 'non-default argument follows default argument');
    }
    s.args.push(param);
  }

  /** One parameter `name[: annotation]`. */
  protected parseParam(annotations: boolean): ast.Arg {
    const name = this.expectIdentifier();
    let annotation: ast.Expr | null = null;
    if (annotations && this.eatOp(':')) annotation = this.parseExpression();
    return { type: 'arg', arg: name.value, annotation, ...this.span(name) };
  }

  // ---- helpers ----

  /** True if the current token can begin an expression. */
  protected startsExpression(t: Token = this.tok): boolean {
    switch (t.kind) {
      case 'NAME': return !KEYWORDS.has(t.value) || EXPRESSION_KEYWORDS.has(t.value);
      case 'NUMBER': case 'STRING': return true;
      case 'OP':
        return t.value === '(' || t.value === '[' || t.value === '{' || t.value === '-' ||
          t.value === '+' || t.value === '~' || t.value === '...';
      default: return false;
    }
  }

  /**
   * Consume `closer`, or fail with "Perhaps you forgot a comma?" after `last` (the expression
   * CPython's invalid_expression would see there, or null) or "invalid syntax".
   */
  protected expectCloser(closer: string, last: ast.Expr | null): void {
    if (this.eatOp(closer)) return;
    throw (last && this.forgotComma(last)) ?? this.invalidSyntax();
  }

  /**
   * CPython's invalid_expression inside brackets: two expressions side by side. Returns the
   * error to throw, or null when the rule does not apply.
   */
  protected forgotComma(a: ast.Expr): PySyntaxError | null {
    if (!this.startsExpression() || this.tok.value === 'await') return null;
    if (a.type === 'IfExp' || a.type === 'Lambda' || a.type === 'NamedExpr' || a.type === 'Starred' ||
        a.type === 'Yield' || a.type === 'YieldFrom' || a.type === 'Slice') return null;
    const first = leftmost(a);
    if (first.type === 'Name') {
      if (SOFT_KEYWORDS.has(first.id) && first.end_col_offset - first.col_offset === first.id.length) return null;
      if (a === first && this.at('STRING')) return null;
      if (a === first && (first.id === 'print' || first.id === 'exec')) return null;
    }
    const save = this.pos;
    // Parsed even outside brackets: CPython reads `b` before checking the bracket level,
    // and how far it read decides whether an unclosed bracket is blamed instead. Like a PEG
    // rule, `b` may be just the part that parses (`x in y` of `x in y if z`, `f` of `f(or`).
    const b = this.tryParse(() => this.parseExpression()) ?? this.tryParse(() => this.parseDisjunction()) ??
      this.parsePrimaryPrefix();
    const atEnd = this.atEndOfFile();
    this.reset(save);
    if (!b || atEnd || this.bracketDepth === 0) return null;
    return this.errorAt(ParserBase.between(a, b), 'invalid syntax. Perhaps you forgot a comma?');
  }
}

/** A call's arguments while they are parsed. */
interface CallArgs {
  args: ast.Expr[];
  keywords: ast.Keyword[];
  open: Token;
  /** CPython's message for a positional argument after keywords, reported at the `)`. */
  misplaced: string | null;
  classBases: boolean;
}

/** Parameters being collected, plus the order state CPython's rules need. */
interface ParamState {
  posonlyargs: ast.Arg[];
  args: ast.Arg[];
  vararg: ast.Arg | null;
  kwonlyargs: ast.Arg[];
  kw_defaults: (ast.Expr | null)[];
  kwarg: ast.Arg | null;
  defaults: ast.Expr[];
  seenSlash: boolean;
  seenStar: boolean;
}

/** CPython's _PyPegen_get_last_comprehension_item: the last `if`, else the iterable. */
export function lastComprehensionItem(generators: ast.Comprehension[]): ast.Expr {
  const last = generators[generators.length - 1]!;
  return last.ifs.length ? last.ifs[last.ifs.length - 1]! : last.iter;
}


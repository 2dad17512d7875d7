// Scope analysis for the Pyta compiler, a port of CPython 3.11's Python/symtable.c: pass 1 walks
// the AST recording how each scope uses each name (flags), pass 2 resolves every name to local,
// cell, free, explicit or implicit global, and finds the cells and free variables that closures
// need. It raises CPython's compile-time SyntaxErrors with CPython's messages and positions, and
// emits no code. Annotations are visited where they are evaluated (not under
// `from __future__ import annotations`, whose annotations are strings).

import type * as ast from './ast.js';
import type { SourceFile, SourceSpan } from '../diagnostics.js';

// Symbol flags, with CPython's values (Include/internal/pycore_symtable.h).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** Where a name lives, as CPython's LOCAL / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT / FREE / CELL. */
export type NameScope = 'local' | 'global-explicit' | 'global-implicit' | 'free' | 'cell';

/** module, class, and the three kinds of function block (CPython's FunctionBlock). */
export type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator';

export type ScopeNode =
  | ast.Module | ast.FunctionDef | ast.ClassDef | ast.Lambda
  | ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

const NO_SPAN: SourceSpan = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };

/** One block: a module, class body, function, lambda or comprehension. */
export class Scope {
  readonly children: Scope[] = [];
  /** Flags per (mangled) name, in first-seen order like CPython's ste_symbols. */
  readonly symbols = new Map<string, number>();
  /** Filled by the analysis: the resolved scope of every name in `symbols`. */
  readonly scopes = new Map<string, NameScope>();
  /** Parameter names in varnames order: positional, keyword-only, *args, **kwargs. */
  readonly params: string[] = [];
  /** Location of the first global/nonlocal directive (or walrus) per name. */
  readonly directives = new Map<string, SourceSpan>();
  readonly nested: boolean;
  isGenerator = false;
  comprehension: ComprehensionKind | null = null;
  hasVarargs = false;
  hasVarkeywords = false;
  /** A class whose methods use `__class__` or `super`: the body creates a `__class__` cell. */
  needsClassClosure = false;
  hasFree = false;
  /** Pass-1 state: visiting a comprehension target / iterable expression. */
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly node: ScopeNode,
    readonly parent: Scope | null,
  ) {
    this.nested = parent !== null && (parent.nested || parent.isFunction);
    if (parent) this.compIterExpr = parent.compIterExpr;
  }

  /** CPython's FunctionBlock: functions, lambdas and comprehensions. */
  get isFunction(): boolean {
    return this.kind === 'function' || this.kind === 'lambda' || this.kind === 'comprehension';
  }

  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** The resolved scope of a (mangled) name; undefined for names the code never mentions. */
  scopeOf(name: string): NameScope | undefined {
    return this.scopes.get(name);
  }

  /** Cell variables in CPython 3.11's co_cellvars order: captured parameters in parameter
   *  order, then the other cells sorted. */
  get cellvars(): string[] {
    if (this.kind === 'class') return this.needsClassClosure ? ['__class__'] : [];
    const cells = [...this.scopes].filter(([, s]) => s === 'cell').map(([n]) => n);
    const params = this.params.filter((p) => cells.includes(p));
    return [...params, ...cells.filter((n) => !this.params.includes(n)).sort()];
  }

  /** Free variables, sorted like CPython's co_freevars (a class also passes on names that are
   *  both its own locals and free in its methods). */
  get freevars(): string[] {
    return [...this.scopes]
      .filter(([n, s]) => s === 'free' || (this.flags(n) & DEF_FREE_CLASS) !== 0)
      .map(([n]) => n)
      .sort();
  }
}

export class SymbolTable {
  constructor(
    readonly top: Scope,
    private readonly byNode: Map<ScopeNode, Scope>,
  ) {}

  scopeFor(node: ScopeNode): Scope {
    const scope = this.byNode.get(node);
    if (!scope) throw new Error(`symtable: no scope for ${node.type} node`);
    return scope;
  }
}

/** CPython's _Py_Mangle: `__spam` inside class `Ham` becomes `_Ham__spam`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

/** Builds and analyzes the symbol table of a module; throws PySyntaxError like CPython. */
export function buildSymbolTable(module: ast.Module, file: SourceFile, futureAnnotations = false): SymbolTable {
  const builder = new SymtableBuilder(module, file, futureAnnotations);
  builder.visitModule(module);
  analyzeBlock(builder.top, null, new Set(), new Set(), file);
  return new SymbolTable(builder.top, builder.byNode);
}

const GLOBAL_MESSAGES = {
  param: "name '%s' is parameter and global",
  use: "name '%s' is used prior to global declaration",
  annot: "annotated name '%s' can't be global",
  assign: "name '%s' is assigned to before global declaration",
};
const NONLOCAL_MESSAGES = {
  param: "name '%s' is parameter and nonlocal",
  use: "name '%s' is used prior to nonlocal declaration",
  annot: "annotated name '%s' can't be nonlocal",
  assign: "name '%s' is assigned to before nonlocal declaration",
};

function format(template: string, name: string): string {
  return template.replace('%s', name);
}

/** Pass 1: records definitions and uses per scope (CPython's symtable_visit_*). */
class SymtableBuilder {
  readonly top: Scope;
  readonly byNode = new Map<ScopeNode, Scope>();
  private cur: Scope;
  private readonly stack: Scope[] = [];
  private privateName: string | null = null;

  constructor(module: ast.Module, private readonly file: SourceFile, private readonly futureAnnotations: boolean) {
    this.top = new Scope('module', '<module>', module, null);
    this.byNode.set(module, this.top);
    this.stack.push(this.top);
    this.cur = this.top;
  }

  visitModule(module: ast.Module): void {
    this.visitStmts(module.body);
  }

  private error(span: SourceSpan, msg: string): never {
    throw this.file.error(span, msg);
  }

  private enterBlock(kind: ScopeKind, name: string, node: ScopeNode): Scope {
    const scope = new Scope(kind, name, node, this.cur);
    this.cur.children.push(scope);
    this.byNode.set(node, scope);
    this.stack.push(scope);
    this.cur = scope;
    return scope;
  }

  private exitBlock(): void {
    this.stack.pop();
    this.cur = this.stack.at(-1)!;
  }

  private addDef(name: string, flag: number, span: SourceSpan, scope: Scope = this.cur): void {
    const mangled = mangle(this.privateName, name);
    let val = scope.symbols.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) this.error(span, `duplicate argument '${name}' in function definition`);
      val |= flag;
    } else {
      val = flag;
    }
    if (scope.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.error(span, `comprehension inner loop cannot rebind assignment expression target '${name}'`);
      }
      val |= DEF_COMP_ITER;
    }
    scope.symbols.set(mangled, val);
    if (flag & DEF_PARAM) scope.params.push(mangled);
    else if (flag & DEF_GLOBAL) this.top.symbols.set(mangled, (this.top.symbols.get(mangled) ?? 0) | flag);
  }

  private lookup(name: string): number {
    return this.cur.flags(mangle(this.privateName, name));
  }

  private recordDirective(name: string, span: SourceSpan): void {
    const mangled = mangle(this.privateName, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, span);
  }

  private visitStmts(stmts: readonly ast.Stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitExprs(exprs: ReadonlyArray<ast.Expr | null>): void {
    for (const e of exprs) if (e) this.visitExpr(e);
  }

  private visitStmt(s: ast.Stmt): void {
    switch (s.type) {
      case 'FunctionDef': return this.visitFunctionDef(s);
      case 'ClassDef': return this.visitClassDef(s);
      case 'Return': if (s.value) this.visitExpr(s.value); return;
      case 'Delete': return this.visitExprs(s.targets);
      case 'Assign': this.visitExprs(s.targets); return this.visitExpr(s.value);
      case 'AnnAssign': return this.visitAnnAssign(s);
      case 'AugAssign': this.visitExpr(s.target); return this.visitExpr(s.value);
      case 'For': this.visitExpr(s.target); this.visitExpr(s.iter); this.visitStmts(s.body); return this.visitStmts(s.orelse);
      case 'While': this.visitExpr(s.test); this.visitStmts(s.body); return this.visitStmts(s.orelse);
      case 'If': this.visitExpr(s.test); this.visitStmts(s.body); return this.visitStmts(s.orelse);
      case 'With': return this.visitWith(s);
      case 'Raise': if (s.exc) this.visitExpr(s.exc); if (s.cause) this.visitExpr(s.cause); return;
      case 'Try': return this.visitTry(s);
      case 'Assert': this.visitExpr(s.test); if (s.msg) this.visitExpr(s.msg); return;
      case 'Import': case 'ImportFrom': for (const a of s.names) this.visitAlias(a); return;
      case 'Global': return this.visitGlobal(s);
      case 'Nonlocal': return this.visitNonlocal(s);
      case 'Expr': return this.visitExpr(s.value);
      case 'Pass': case 'Break': case 'Continue': return;
    }
  }

  private visitFunctionDef(s: ast.FunctionDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.args.defaults);
    this.visitExprs(s.args.kw_defaults);
    const a = s.args;
    for (const arg of [...a.posonlyargs, ...a.args, a.vararg, ...a.kwonlyargs, a.kwarg]) this.visitAnnotation(arg?.annotation ?? null);
    this.visitAnnotation(s.returns);
    this.visitExprs(s.decorator_list);
    this.enterBlock('function', s.name, s);
    this.visitParams(s.args);
    this.visitStmts(s.body);
    this.exitBlock();
  }

  private visitClassDef(s: ast.ClassDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.bases);
    for (const k of s.keywords) this.visitExpr(k.value);
    this.visitExprs(s.decorator_list);
    this.enterBlock('class', s.name, s);
    const saved = this.privateName;
    this.privateName = s.name;
    this.visitStmts(s.body);
    this.privateName = saved;
    this.exitBlock();
  }

  private visitParams(args: ast.Arguments): void {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg) {
      this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
      this.cur.hasVarargs = true;
    }
    if (args.kwarg) {
      this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
      this.cur.hasVarkeywords = true;
    }
  }

  private visitAnnAssign(s: ast.AnnAssign): void {
    if (s.target.type === 'Name') {
      const name = s.target.id;
      const cur = this.lookup(name);
      if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.top && s.simple) {
        this.error(s, format(cur & DEF_GLOBAL ? GLOBAL_MESSAGES.annot : NONLOCAL_MESSAGES.annot, name));
      }
      if (s.simple) this.addDef(name, DEF_ANNOT | DEF_LOCAL, s.target);
      else if (s.value) this.addDef(name, DEF_LOCAL, s.target);
    } else {
      this.visitExpr(s.target);
    }
    this.visitAnnotation(s.annotation);
    if (s.value) this.visitExpr(s.value);
  }

  /** An annotation uses names in the current scope unless it is stored as a string. */
  private visitAnnotation(annotation: ast.Expr | null): void {
    if (annotation !== null && !this.futureAnnotations) this.visitExpr(annotation);
  }

  private visitWith(s: ast.With): void {
    for (const item of s.items) {
      this.visitExpr(item.context_expr);
      if (item.optional_vars) this.visitExpr(item.optional_vars);
    }
    this.visitStmts(s.body);
  }

  private visitTry(s: ast.Try): void {
    this.visitStmts(s.body);
    this.visitStmts(s.orelse);
    for (const h of s.handlers) {
      if (h.type_) this.visitExpr(h.type_);
      if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
      this.visitStmts(h.body);
    }
    this.visitStmts(s.finalbody);
  }

  private visitAlias(a: ast.Alias): void {
    const name = a.asname ?? a.name;
    if (name === '*') {
      if (this.cur.kind !== 'module') this.error(a, 'import * only allowed at module level');
      return;
    }
    const dot = name.indexOf('.');
    this.addDef(dot >= 0 ? name.slice(0, dot) : name, DEF_IMPORT, a);
  }

  private visitGlobal(s: ast.Global): void {
    for (const name of s.names) {
      this.checkDirective(name, s, GLOBAL_MESSAGES);
      this.addDef(name, DEF_GLOBAL, s);
      this.recordDirective(name, s);
    }
  }

  private visitNonlocal(s: ast.Nonlocal): void {
    for (const name of s.names) {
      this.checkDirective(name, s, NONLOCAL_MESSAGES);
      this.addDef(name, DEF_NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  /** A global/nonlocal declaration must come before any other mention of the name. */
  private checkDirective(name: string, s: SourceSpan, messages: typeof GLOBAL_MESSAGES): void {
    const cur = this.lookup(name);
    if (!(cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT))) return;
    const key = cur & DEF_PARAM ? 'param' : cur & USE ? 'use' : cur & DEF_ANNOT ? 'annot' : 'assign';
    this.error(s, format(messages[key], name));
  }

  private visitExpr(e: ast.Expr): void {
    switch (e.type) {
      case 'NamedExpr': return this.visitNamedExpr(e);
      case 'BoolOp': return this.visitExprs(e.values);
      case 'BinOp': this.visitExpr(e.left); return this.visitExpr(e.right);
      case 'UnaryOp': return this.visitExpr(e.operand);
      case 'Lambda': return this.visitLambda(e);
      case 'IfExp': this.visitExpr(e.test); this.visitExpr(e.body); return this.visitExpr(e.orelse);
      case 'Dict': this.visitExprs(e.keys); return this.visitExprs(e.values);
      case 'Set': return this.visitExprs(e.elts);
      case 'ListComp': return this.visitComprehension(e, '<listcomp>', 'list', e.elt, null);
      case 'SetComp': return this.visitComprehension(e, '<setcomp>', 'set', e.elt, null);
      case 'DictComp': return this.visitComprehension(e, '<dictcomp>', 'dict', e.key, e.value);
      case 'GeneratorExp': return this.visitComprehension(e, '<genexpr>', 'generator', e.elt, null);
      case 'Yield': if (e.value) this.visitExpr(e.value); return this.markGenerator(e);
      case 'YieldFrom': this.visitExpr(e.value); return this.markGenerator(e);
      case 'Compare': this.visitExpr(e.left); return this.visitExprs(e.comparators);
      case 'Call': return this.visitCall(e);
      case 'FormattedValue': this.visitExpr(e.value); if (e.format_spec) this.visitExpr(e.format_spec); return;
      case 'JoinedStr': return this.visitExprs(e.values);
      case 'Constant': return;
      case 'Attribute': return this.visitExpr(e.value);
      case 'Subscript': this.visitExpr(e.value); return this.visitExpr(e.slice);
      case 'Starred': return this.visitExpr(e.value);
      case 'Slice': this.visitExprs([e.lower, e.upper, e.step]); return;
      case 'Name': return this.visitName(e);
      case 'List': case 'Tuple': return this.visitExprs(e.elts);
    }
  }

  private visitName(e: ast.Name): void {
    this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
    // A use of `super` inside a function counts as a use of the implicit `__class__` cell.
    if (e.ctx === 'Load' && this.cur.isFunction && e.id === 'super') this.addDef('__class__', USE, e);
  }

  private visitCall(e: ast.Call): void {
    this.visitExpr(e.func);
    this.visitExprs(e.args);
    for (const k of e.keywords) this.visitExpr(k.value);
  }

  private markGenerator(e: ast.Yield | ast.YieldFrom): void {
    this.cur.isGenerator = true;
    const kind = this.cur.comprehension;
    if (kind === null) return;
    const where = { list: 'list comprehension', set: 'set comprehension', dict: 'dict comprehension', generator: 'generator expression' }[kind];
    this.error(e, `'yield' inside ${where}`);
  }

  private visitLambda(e: ast.Lambda): void {
    this.visitExprs(e.args.defaults);
    this.visitExprs(e.args.kw_defaults);
    this.enterBlock('lambda', '<lambda>', e);
    this.visitParams(e.args);
    this.visitExpr(e.body);
    this.exitBlock();
  }

  private visitComprehension(
    e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    name: string,
    kind: ComprehensionKind,
    elt: ast.Expr,
    value: ast.Expr | null,
  ): void {
    const [outermost, ...rest] = e.generators;
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.visitExpr(outermost!.iter);
    this.cur.compIterExpr--;
    const scope = this.enterBlock('comprehension', name, e);
    scope.comprehension = kind;
    this.addDef('.0', DEF_PARAM, e);
    this.visitCompTarget(outermost!.target);
    this.visitExprs(outermost!.ifs);
    for (const gen of rest) {
      this.visitCompTarget(gen.target);
      this.cur.compIterExpr++;
      this.visitExpr(gen.iter);
      this.cur.compIterExpr--;
      this.visitExprs(gen.ifs);
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    scope.isGenerator = kind === 'generator';
    this.exitBlock();
  }

  private visitCompTarget(target: ast.Expr): void {
    this.cur.compIterTarget = true;
    this.visitExpr(target);
    this.cur.compIterTarget = false;
  }

  private visitNamedExpr(e: ast.NamedExpr): void {
    if (this.cur.compIterExpr > 0) {
      this.error(e, 'assignment expression cannot be used in a comprehension iterable expression');
    }
    if (this.cur.comprehension !== null) this.extendNamedExprScope(e.target);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /** A walrus inside a comprehension binds in the nearest enclosing function or module. */
  private extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const scope = this.stack[i]!;
      if (scope.comprehension !== null) {
        if (scope.flags(mangle(this.privateName, name)) & DEF_COMP_ITER) {
          this.error(target, `assignment expression cannot rebind comprehension iteration variable '${name}'`);
        }
        continue;
      }
      if (scope.isFunction) {
        const global = scope.flags(mangle(this.privateName, name)) & DEF_GLOBAL;
        this.addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        return this.addDef(name, DEF_LOCAL, target, scope);
      }
      if (scope.kind === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        return this.addDef(name, DEF_GLOBAL, target, scope);
      }
      this.error(target, 'assignment expression within a comprehension cannot be used in a class body');
    }
  }
}

// ---- pass 2: CPython's analyze_block / analyze_name / analyze_cells / update_symbols ----

function analyzeBlock(scope: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>, file: SourceFile): void {
  const local = new Set<string>();
  const scopes = new Map<string, NameScope>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  if (scope.kind === 'class') {
    addAll(newGlobal, global);
    if (bound) addAll(newBound, bound);
  }
  for (const [name, flags] of scope.symbols) analyzeName(scope, scopes, name, flags, bound, local, free, global, file);
  if (scope.kind !== 'class') {
    if (scope.isFunction) addAll(newBound, local);
    if (bound) addAll(newBound, bound);
    addAll(newGlobal, global);
  } else {
    newBound.add('__class__');
  }
  const allFree = new Set<string>();
  for (const child of scope.children) {
    const childFree = new Set(newFree);
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), file);
    addAll(allFree, childFree);
  }
  addAll(newFree, allFree);
  if (scope.isFunction) analyzeCells(scopes, newFree);
  else if (scope.kind === 'class' && newFree.delete('__class__')) scope.needsClassClosure = true;
  updateSymbols(scope, scopes, bound, newFree);
  addAll(free, newFree);
}

function analyzeName(
  scope: Scope, scopes: Map<string, NameScope>, name: string, flags: number,
  bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>, file: SourceFile,
): void {
  const fail = (msg: string): never => {
    throw file.error(scope.directives.get(name) ?? NO_SPAN, msg);
  };
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) fail(`name '${name}' is nonlocal and global`);
    scopes.set(name, 'global-explicit');
    global.add(name);
    bound?.delete(name);
  } else if (flags & DEF_NONLOCAL) {
    if (!bound) fail('nonlocal declaration not allowed at module level');
    if (!bound!.has(name)) fail(`no binding for nonlocal '${name}' found`);
    scopes.set(name, 'free');
    scope.hasFree = true;
    free.add(name);
  } else if (flags & DEF_BOUND) {
    scopes.set(name, 'local');
    local.add(name);
    global.delete(name);
  } else if (bound && bound.has(name)) {
    scopes.set(name, 'free');
    scope.hasFree = true;
    free.add(name);
  } else {
    if (!global.has(name) && scope.nested) scope.hasFree = true;
    scopes.set(name, 'global-implicit');
  }
}

/** Locals that inner scopes capture become cells. */
function analyzeCells(scopes: Map<string, NameScope>, free: Set<string>): void {
  for (const [name, s] of scopes) {
    if (s === 'local' && free.has(name)) {
      scopes.set(name, 'cell');
      free.delete(name);
    }
  }
}

/** Records the resolution and passes free names of children up through this scope. */
function updateSymbols(scope: Scope, scopes: Map<string, NameScope>, bound: Set<string> | null, free: Set<string>): void {
  for (const name of scope.symbols.keys()) scope.scopes.set(name, scopes.get(name)!);
  for (const name of free) {
    const flags = scope.symbols.get(name);
    if (flags !== undefined) {
      // A method's free variable that is also a class-level name: the class passes it on.
      if (scope.kind === 'class' && flags & (DEF_BOUND | DEF_GLOBAL)) scope.symbols.set(name, flags | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    scope.symbols.set(name, 0);
    scope.scopes.set(name, 'free');
  }
}

function addAll(target: Set<string>, source: Iterable<string>): void {
  for (const x of source) target.add(x);
}

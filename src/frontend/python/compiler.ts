// The Pyta compiler: Python AST -> corevm CodeObjects (parse, symtable, then code generation in
// the compile-*.ts visitors, one small function per AST node kind). This file holds the entry
// point and the Compiler state: the stack of code units, instruction emission with a running
// stack height (so handler depths are exact and dead code is never emitted), exception handler
// regions, fblocks (CPython's compiler_unwind_fblock bookkeeping) and name resolution.
//
// Protocols follow the brief and CPython 3.11, with these deliberate choices:
// - A with-statement's cleanup handler keeps [exit, prev] (depth d+2, d = height before the
//   with), like CPython's SETUP_CLEANUP there; d+1 would hand `exit` to POP_EXCEPT.
// - Comprehension `if` filters jump forward to one shared `JUMP_BACKWARD` per loop (CPython's
//   if_cleanup block), so every back-edge is a JUMP_BACKWARD.
// - `f(*x)` with x the only argument passes x itself, as CPython does: CALL_FUNCTION_EX
//   converts it (and names f in the error when x is not iterable).
// - Function code: consts[0] is the docstring or None (CPython's rule), so the runtime may set
//   `__doc__` from it; lambdas get None there. Module and class docstrings store `__doc__`.
// - `__debug__` loads fold to True; `a, b = b, a` (2 or 3 names) compiles to SWAP as in CPython.
// - Zero-argument `super()` becomes `super(__class__, <first parameter>)` only when it can be
//   exact; otherwise (no positional parameter, no enclosing class) it stays `super()` and the
//   runtime must raise CPython's RuntimeError.
// - A set display of three or more constants is BUILD_SET 0, a frozenset constant, SET_UPDATE 1
//   (CPython's starunpack_helper), the frozenset laid out as CPython's merge_consts_recursive
//   leaves it, so the set iterates in CPython's order. Binary operations are not folded, so
//   `{2**10, 1, 2}` still builds item by item.
// - `while` tests once at the top (CPython 3.11 also repeats the test at the bottom).
// - Annotations are evaluated where CPython evaluates them (parameters and returns at the def,
//   simple-name targets in module and class bodies into `__annotations__`). Under
//   `from __future__ import annotations` they are stored as their source text, which is what
//   ast.unparse gives for the usual spellings (`int`, `list[str]`, `Optional["Node"]`).
// - `import a.b` is IMPORT_NAME 'a.b' binding `a`, `import a.b as c` walks IMPORT_FROM, as in
//   CPython; relative imports and complex literals are refused by name.

import { CodeBuilder, type CodeHeader, type Label } from '../../bytecode/code-builder.js';
import type { CodeObject, ConstValue } from '../../bytecode/code-object.js';
import { OP_INFO } from '../../bytecode/opcode-info.js';
import { CodeFlags, Op } from '../../bytecode/opcodes.js';
import { unsupported, type PySyntaxError, type SourceFile, type SourceSpan } from '../diagnostics.js';
import type * as ast from './ast.js';
import { compileModuleCode } from './compile-functions.js';
import { checkFutureStatements } from './future.js';
import { parseModule, sourceFile } from './parser.js';
import { buildSymbolTable, mangle, type Scope, type SymbolTable } from './symtable.js';

/** Compiles a whole module: the returned code has flag MODULE and name `<module>`. */
export function compileModule(source: string, filename: string): CodeObject {
  const file = sourceFile(source, filename);
  const module = parseModule(source, filename);
  const future = checkFutureStatements(module, file);
  const table = buildSymbolTable(module, file, future.annotations);
  return compileModuleCode(new Compiler(file, table, future.line, future.annotations), module);
}

/** CPython's fblock kinds: what a `return`/`break`/`continue` must undo when leaving it. */
export type FBlockKind =
  | 'while-loop' | 'for-loop' | 'try-except' | 'finally-try' | 'finally-end'
  | 'with' | 'handler-cleanup' | 'exception-handler' | 'pop-value';

export interface FBlock {
  readonly kind: FBlockKind;
  /** Handler regions active before this block opened its own (unwinding pops down to it). */
  readonly handlerBase: number;
  /** Loops: `continue` target and `break` target. */
  readonly start?: Label;
  readonly exit?: Label;
  /** finally-try: the finally body, inlined on every exit. */
  readonly finalBody?: readonly ast.Stmt[];
  /** with: the statement, for the line of the exit call. */
  readonly withNode?: ast.With;
  /** handler-cleanup: the `as` name to clear. */
  readonly handlerName?: string | null;
}

interface ActiveHandler {
  readonly label: Label;
  readonly depth: number;
}

/** CPython's CO_MAXBLOCKS. */
const MAX_BLOCKS = 20;

/** One code object being generated. */
export class CodeUnit {
  readonly fblocks: FBlock[] = [];
  readonly handlers: ActiveHandler[] = [];
  /** Stack height on entry of every label that is bound or jumped to. */
  readonly labelDepths = new Map<Label, number>();
  /** Value-stack height before the next instruction (meaningful while reachable). */
  depth = 0;
  /** False after a terminator until a label that something jumps to is bound. */
  reachable = true;

  constructor(
    readonly builder: CodeBuilder,
    readonly scope: Scope,
    readonly qualname: string,
    /** Class name used for private-name mangling (CPython's u_private). */
    readonly privateName: string | null,
  ) {}
}

export type NameContext = ast.ExprContext;

export class Compiler {
  private readonly units: CodeUnit[] = [];

  constructor(
    readonly file: SourceFile,
    readonly table: SymbolTable,
    /** Line of the last leading `from __future__` import; later ones are errors. */
    readonly futureLine = 0,
    /** `from __future__ import annotations`: annotations are stored as their source text. */
    readonly futureAnnotations = false,
  ) {}

  get unit(): CodeUnit {
    const unit = this.units.at(-1);
    if (!unit) throw new Error('compiler: no code unit');
    return unit;
  }

  // ---- units ----

  /** CPython's compiler_set_qualname, computed while the parent unit is current. */
  qualnameFor(scope: Scope): string {
    const parent = this.units.at(-1);
    if (!parent || parent.scope.kind === 'module') return scope.name;
    if (scope.kind === 'function' || scope.kind === 'class') {
      if (parent.scope.scopeOf(mangle(parent.privateName, scope.name)) === 'global-explicit') return scope.name;
    }
    const local = parent.scope.kind === 'function' || parent.scope.kind === 'lambda';
    return `${parent.qualname}${local ? '.<locals>' : ''}.${scope.name}`;
  }

  /** Starts generating code for `scope`; the header gets the scope's cells and free names. */
  enterUnit(scope: Scope, header: Omit<CodeHeader, 'filename' | 'qualname' | 'flags'>, privateName?: string): void {
    const qualname = this.qualnameFor(scope);
    const inherited = this.units.at(-1)?.privateName ?? null;
    const builder = new CodeBuilder({
      ...header,
      qualname,
      filename: this.file.filename,
      flags: codeFlags(scope),
      cellvars: scope.cellvars,
      freevars: scope.freevars,
    });
    this.units.push(new CodeUnit(builder, scope, qualname, privateName ?? inherited));
  }

  exitUnit(): CodeObject {
    const unit = this.unit;
    if (unit.handlers.length !== 0 || unit.fblocks.length !== 0) throw new Error('compiler: unbalanced blocks at end of unit');
    this.units.pop();
    return unit.builder.build();
  }

  // ---- positions and errors ----

  get line(): number {
    return this.unit.builder.line;
  }

  set line(line: number) {
    this.unit.builder.line = line;
  }

  error(span: SourceSpan, msg: string): PySyntaxError {
    return this.file.error(span, msg);
  }

  unsupported(span: SourceSpan, construct: string): never {
    return unsupported(span, construct, this.file);
  }

  // ---- emission ----

  newLabel(debugName = ''): Label {
    return this.unit.builder.newLabel(debugName);
  }

  /** Emits one instruction, tracking the stack height; dead code is dropped. */
  emit(opcode: number, ...operands: Array<number | Label>): void {
    const u = this.unit;
    if (!u.reachable) return;
    const info = OP_INFO[opcode]!;
    const args = operands.map((o) => (typeof o === 'number' ? o : 0));
    const pops = info.pops(args);
    if (pops > u.depth) throw new Error(`compiler: ${info.spec.name} underflows the stack (height ${u.depth})`);
    const handler = u.handlers.at(-1);
    if (handler) this.noteJump(handler.label, handler.depth + 1);
    u.builder.emit(opcode, ...operands);
    if (info.isBranch) {
      const target = operands.find((o): o is Label => typeof o !== 'number')!;
      this.noteJump(target, u.depth - info.jumpPops(args) + info.jumpPushes(args));
    }
    u.depth += info.pushes(args) - pops;
    if (info.isTerminator) u.reachable = false;
  }

  /** An unconditional jump: JUMP_BACKWARD to a bound label (a loop back-edge), else forward. */
  emitJump(label: Label): void {
    this.emit(label.pc >= 0 ? Op.JUMP_BACKWARD : Op.JUMP_FORWARD, label);
  }

  bind(label: Label): void {
    const u = this.unit;
    const known = u.labelDepths.get(label);
    if (u.reachable) {
      if (known !== undefined && known !== u.depth) {
        throw new Error(`compiler: stack height ${u.depth} at label ${label.debugName}, expected ${known}`);
      }
      u.labelDepths.set(label, u.depth);
    } else if (known !== undefined) {
      u.depth = known;
      u.reachable = true;
    }
    u.builder.bind(label);
  }

  private noteJump(label: Label, depth: number): void {
    const u = this.unit;
    const known = u.labelDepths.get(label);
    if (known === undefined) {
      if (label.pc >= 0) throw new Error(`compiler: backward jump to unreachable label ${label.debugName}`);
      u.labelDepths.set(label, depth);
    } else if (known !== depth) {
      throw new Error(`compiler: jump to ${label.debugName} with stack height ${depth}, expected ${known}`);
    }
  }

  loadConst(value: ConstValue): void {
    const index = this.unit.builder.constant(value);
    this.emit(Op.LOAD_CONST, index);
  }

  constIndex(value: ConstValue): number {
    return this.unit.builder.constant(value);
  }

  // ---- exception handler regions ----

  get depth(): number {
    return this.unit.depth;
  }

  /** Instructions emitted from now until popHandler unwind to `label` at stack height `depth`. */
  pushHandler(label: Label, depth: number): void {
    this.unit.handlers.push({ label, depth });
    this.unit.builder.pushHandler(label, depth);
  }

  popHandler(): void {
    this.unit.handlers.pop();
    this.unit.builder.popHandler();
  }

  /** Leaves the innermost handler regions down to `count`; returns them for restoreHandlers. */
  truncateHandlers(count: number): ActiveHandler[] {
    const saved = this.unit.handlers.slice(count);
    while (this.unit.handlers.length > count) this.popHandler();
    return saved;
  }

  restoreHandlers(saved: readonly ActiveHandler[]): void {
    for (const h of saved) this.pushHandler(h.label, h.depth);
  }

  /** A snapshot of the open handler regions, to re-open after code that left some of them. */
  saveHandlers(): ActiveHandler[] {
    return [...this.unit.handlers];
  }

  /** Re-opens the regions of `saved` that code since the snapshot left (it only truncated). */
  reopenHandlers(saved: readonly ActiveHandler[]): void {
    this.restoreHandlers(saved.slice(this.unit.handlers.length));
  }

  // ---- fblocks ----

  pushFBlock(block: Omit<FBlock, 'handlerBase'> & { handlerBase?: number }, span: SourceSpan): void {
    const u = this.unit;
    if (u.fblocks.length >= MAX_BLOCKS) throw this.error(span, 'too many statically nested blocks');
    u.fblocks.push({ ...block, handlerBase: block.handlerBase ?? u.handlers.length });
  }

  popFBlock(): FBlock {
    const block = this.unit.fblocks.pop();
    if (!block) throw new Error('compiler: fblock stack underflow');
    return block;
  }

  // ---- names ----

  mangle(name: string): string {
    return mangle(this.unit.privateName, name);
  }

  /** Index in `names` of an attribute/import name, mangled like CPython's ADDOP_NAME. */
  nameIndex(name: string): number {
    return this.unit.builder.name(this.mangle(name));
  }

  /** Loads, stores or deletes a variable with the opcode its resolved scope calls for. */
  nameOp(name: string, ctx: NameContext, span: SourceSpan): void {
    if (name === '__debug__') {
      if (ctx === 'Load') return this.loadConst(true);
      throw this.error(span, ctx === 'Store' ? 'cannot assign to __debug__' : 'cannot delete __debug__');
    }
    const u = this.unit;
    const mangled = this.mangle(name);
    const b = u.builder;
    if (u.scope.kind === 'module') return this.emit(pick(ctx, Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), b.name(mangled));
    const isFunction = u.scope.isFunction;
    switch (u.scope.scopeOf(mangled)) {
      case 'free':
      case 'cell': {
        const load = u.scope.kind === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF;
        return this.emit(pick(ctx, load, Op.STORE_DEREF, Op.DELETE_DEREF), b.cell(mangled));
      }
      case 'local':
        if (isFunction) return this.emit(pick(ctx, Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST), b.local(mangled));
        break;
      case 'global-explicit':
        return this.emit(pick(ctx, Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), b.name(mangled));
      default:
        // Implicit globals (and names the compiler itself introduces).
        if (isFunction) return this.emit(pick(ctx, Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), b.name(mangled));
    }
    this.emit(pick(ctx, Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), b.name(mangled));
  }
}

function pick(ctx: NameContext, load: number, store: number, del: number): number {
  return ctx === 'Load' ? load : ctx === 'Store' ? store : del;
}

/** CPython's compute_code_flags, plus corevm's CLASS_BODY and MODULE. */
function codeFlags(scope: Scope): number {
  if (scope.kind === 'module') return CodeFlags.MODULE;
  if (scope.kind === 'class') return CodeFlags.CLASS_BODY;
  let flags = CodeFlags.OPTIMIZED | CodeFlags.NEWLOCALS;
  if (scope.nested) flags |= CodeFlags.NESTED;
  if (scope.isGenerator) flags |= CodeFlags.GENERATOR;
  if (scope.hasVarargs) flags |= CodeFlags.VARARGS;
  if (scope.hasVarkeywords) flags |= CodeFlags.VARKEYWORDS;
  return flags;
}

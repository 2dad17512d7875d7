// JIT codegen, part 1: one CodeObject becomes the ESTree of a JS function for one entry: a call
// entry (fn, args, start, count, kwnames), which for a plain signature is a thin binder in front
// of a positional body (fn, l0, …) that compiled call sites enter directly (PyFunction.direct,
// no argument array), an on-stack entry (frame) at a loop header, or a
// generator's entry (frame), which `switch (frame.pc)` starts at pc 0 or resumes after any
// yield; a yield stores the live locals and the stack into the frame exactly as the
// interpreter's YIELD_VALUE leaves it, so either tier can resume what the other suspended.
// Locals are JS `let`s l0..lN, stack slots s0..sK (static heights), cells the array `C`; a value
// whose inferred type is exactly float is a raw double in its variable (jit/types.ts), boxed on
// edges whose join widens it and at every exit. Control flow is `dispatch: for (;;) switch
// (block)` over the CFG blocks reachable without exceptions: a departure from ARCHITECTURE.md
// §6's structured loops, kept because V8 optimizes the switch well (the perf suite's fib and
// spectral norm beat CPython with it) and because any block can then be an OSR entry.
// Write-back rule: `pc` is assigned before every instruction that can throw; the catch clause
// adds the traceback line and, if a handler covers pc, re-boxes the raw doubles live there,
// rebuilds the Frame and lets the interpreter finish (deopt by exception). Guards exit with a
// state map: the live locals and the stack before the guarded instruction.

import type { CodeObject } from '../src/bytecode/code-object.js';
import { OP_INFO } from '../src/bytecode/opcode-info.js';
import { CodeFlags, Op, type OpcodeName } from '../src/bytecode/opcodes.js';
import * as rt from '../src/runtime/ops.js';
import { PyFloat } from '../src/runtime/values.js';
import { Bailout } from './bailout.js';
import { buildCfg, type BasicBlock, type Cfg } from './cfg.js';
import { EMITTERS, slot, type EmitContext, type Emitter } from './emitters.js';
import * as b from './estree.js';
import { computeLiveness, type Liveness } from './liveness.js';
import { MOVES_VALUES, emitNumeric, forIterInt, loadConstFloat, loadFastBound, typedBranch } from './specialize.js';
import { AttrSite, BinarySite, ExitTable, GlobalSite, MethodSite, NO_FEEDBACK } from './support.js';
import { Ty, inferTypes, tyName, type Feedback, type TypeInfo, type TypeState } from './types.js';

/** The per-function bindings of the factory, after the support helpers. */
export interface CompiledParts {
  readonly name: string;
  readonly body: b.Stmt[];
  readonly params: string[];
  readonly values: unknown[];
}

/** Instructions that never throw: no `pc = …` write-back before them. */
const NEVER_THROWS = new Set<number>([
  Op.NOP, Op.POP_TOP, Op.COPY, Op.SWAP, Op.LOAD_CONST, Op.LOAD_FAST, Op.STORE_FAST, Op.LOAD_CLOSURE,
  Op.STORE_DEREF, Op.JUMP_FORWARD, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE,
  Op.IS_OP, Op.BUILD_TUPLE, Op.BUILD_LIST, Op.BUILD_SLICE, Op.RETURN_VALUE, Op.LOAD_ASSERTION_ERROR, Op.LOAD_BUILD_CLASS,
]);

/** Builtins that read the running interpreter frame (realm.invoker.localNames): always
 *  `locals`, and `dir`/`vars` when called without arguments. */
const FRAME_READERS = new Set(['dir', 'locals', 'vars']);

/** True when the LOAD_GLOBAL at `pc` reads a frame reader that may run on this frame: anything
 *  but a plain `dir(x)`/`vars(x)` call whose arguments are straight-line code. */
function readsFrame(code: CodeObject, pc: number): boolean {
  const name = code.names[code.code[pc + 1]!]!;
  if (!FRAME_READERS.has(name)) return false;
  if (name === 'locals') return true;
  const h = code.stackHeights![pc]!;
  for (let p = pc + OP_INFO[Op.LOAD_GLOBAL]!.length; p < code.code.length; p += OP_INFO[code.code[p]!]!.length) {
    const op = code.code[p]!;
    const height = code.stackHeights![p]!;
    if (height <= h) return true; // the callee slot was consumed by something other than a call
    if ((op === Op.CALL || op === Op.CALL_KW) && height - code.code[p + 1]! - 1 === h) return code.code[p + 1] === 0;
    if (OP_INFO[op]!.isBranch || OP_INFO[op]!.isTerminator) return true;
  }
  return true;
}

/** `py$module$qualname`, made an identifier (guest text never reaches source otherwise). */
export function functionName(code: CodeObject): string {
  const module = code.filename.replace(/^.*[\\/]/, '').replace(/\.py$/, '');
  return `py$${module}$${code.qualname}`.replace(/[^\w$]/g, '_');
}

/** A compilation without feedback: what --jit-eager compiles on a first call. */
export const BASELINE: CompileInput = { variant: { kind: 'call' }, feedback: null, generic: new Set(), entryTypes: null, stress: false, annotate: true };

/** Which entry a compiled function has: called with arguments (CompiledEntry), or entered
 *  on-stack at a loop header from a running interpreter frame (OsrEntry). */
export type Variant = { readonly kind: 'call' } | { readonly kind: 'osr'; readonly header: number } | { readonly kind: 'generator' };

/** `$osr<pc>` or `$gen`: what tells the entries of one code object apart in names. */
export function variantSuffix(variant: Variant): string {
  return variant.kind === 'osr' ? `$osr${variant.header}` : variant.kind === 'generator' ? '$gen' : '';
}

function checkCompilable(code: CodeObject, variant: Variant): void {
  if (((code.flags & CodeFlags.GENERATOR) !== 0) !== (variant.kind === 'generator')) throw new Bailout('GENERATOR');
  if ((code.flags & CodeFlags.CLASS_BODY) !== 0) throw new Bailout('CLASS_BODY');
  if ((code.flags & CodeFlags.MODULE) !== 0 && variant.kind === 'call') throw new Bailout('MODULE_BODY');
  if (code.stackHeights === null) throw new Bailout('NOT_VALIDATED');
}

/** Blocks reachable from the entry block along normal edges (handlers run in the interpreter). */
function normalReachable(cfg: Cfg, entry: number): BasicBlock[] {
  const words = cfg.code.code;
  const seen = new Uint8Array(cfg.blocks.length);
  const work = [entry];
  while (work.length > 0) {
    const id = work.pop()!;
    if (seen[id]) continue;
    seen[id] = 1;
    const block = cfg.blocks[id]!;
    const info = OP_INFO[words[block.last]!]!;
    if (!info.isTerminator && block.end < words.length) work.push(cfg.blockAt[block.end]!);
    if (info.isBranch) work.push(cfg.blockAt[words[block.last + 1 + info.operandKinds.indexOf('jump')]!]!);
  }
  return cfg.blocks.filter((block) => seen[block.id]);
}

function instructionComment(code: CodeObject, pc: number, state: TypeState): string {
  const info = OP_INFO[code.code[pc]!]!;
  const operands = Array.from({ length: info.length - 1 }, (_, i) => code.code[pc + 1 + i]!).join(' ');
  const h = code.stackHeights![pc]!;
  const typed = Array.from({ length: h }, (_, i) => tyName(state.stack[i]!)).join(', ');
  return `pc ${pc} ${info.spec.name}${operands ? ` ${operands}` : ''} (line ${code.lineAt(pc)})${h > 0 ? ` [${typed}]` : ''}`;
}

/** What one compilation is specialized on (beyond the code itself). */
export interface CompileInput {
  readonly variant: Variant;
  /** The interpreter's observations, or null (eager: nothing observed yet). */
  readonly feedback: Feedback | null;
  /** Sites that deopted too often: no speculation there. */
  readonly generic: ReadonlySet<number>;
  /** OSR: the types of the frame's locals and stack at the loop header. */
  readonly entryTypes: TypeState | null;
  /** Every guard fails on its first run (tests). */
  readonly stress: boolean;
  /** Comment each block and instruction with its pc, line and stack types (for --print-jit
   *  and --dump-jit); without, the source V8 compiles carries no per-instruction comments. */
  readonly annotate: boolean;
}

/** Collects what the emitters ask for while translating one function. */
class Translation {
  /** Inline-cache objects, referenced by generated code as IC[i]. */
  readonly sites: Array<GlobalSite | AttrSite | MethodSite | BinarySite> = [];
  readonly kwnames: Array<readonly string[] | null>;
  /** What each exit checks, by exit number (generated code passes the number). */
  readonly exits: Array<{ pc: number; site: number; what: string }> = [];

  constructor(readonly code: CodeObject, readonly cfg: Cfg, readonly types: TypeInfo, readonly live: Liveness,
    readonly input: CompileInput) {
    this.kwnames = new Array<readonly string[] | null>(code.consts.length).fill(null);
  }

  private isRawIn(state: TypeState, i: number, local: boolean): boolean {
    return (local ? state.locals[i] : state.stack[i]) === Ty.Float;
  }

  /** `new PyFloat(x)` for a raw double, the value itself otherwise. */
  private boxed(state: TypeState, i: number, local: boolean): b.Expr {
    const e = local ? b.id(`l${i}`) : slot(i);
    return this.isRawIn(state, i, local) ? b.newExpr(b.id('PyFloat'), [e]) : e;
  }

  /** The statements leaving compiled code at `pc` with stack height `height`: the live locals
   *  and the stack, boxed, become the interpreter frame's (ARCHITECTURE.md §6, deopt). */
  exitAt(pc: number, height: number, state: TypeState, what: string, site: number): b.Stmt[] {
    const live = this.live.liveBefore(pc);
    const locals = Array.from({ length: this.code.nlocals }, (_, i) => (live[i] ? this.boxed(state, i, true) : b.unary('void', b.literal(0))));
    const stack = Array.from({ length: height }, (_, i) => this.boxed(state, i, false));
    const exit = this.exits.push({ pc, site, what }) - 1;
    const args = [b.literal(pc), b.literal(height), b.array(locals), b.array(stack), b.literal(exit)];
    if (this.input.variant.kind !== 'call') return [b.returnStmt(b.call(b.id('exitFrame'), [b.id('frame'), b.id('EXITS'), ...args]))];
    // pc = -1: what the interpreter raises while finishing the call has left that frame
    // already, so the catch clause passes it on untouched.
    return [
      b.exprStmt(b.assign(b.id('pc'), b.literal(-1))),
      b.returnStmt(b.call(b.id('exitCall'), [b.id('CODE'), b.id('fn'), b.id('C'), b.id('EXITS'), ...args])),
    ];
  }

  /** YIELD_VALUE: the generator's frame gets the live locals and the stack below the value,
   *  suspended at this pc exactly as the interpreter leaves it, and the value goes out. */
  private yieldValue(pc: number): b.Stmt[] {
    const state = this.types.before[pc]!;
    const h = this.code.stackHeights![pc]!;
    const resume = this.live.liveBefore(pc + OP_INFO[Op.YIELD_VALUE]!.length);
    const out: b.Stmt[] = [];
    for (let i = 0; i < this.code.nlocals; i++) if (resume[i]) out.push(b.exprStmt(b.assign(b.index(b.id('L'), i), this.boxed(state, i, true))));
    for (let i = 0; i < h - 1; i++) out.push(b.exprStmt(b.assign(b.index(b.id('S'), i), this.boxed(state, i, false))));
    out.push(
      b.exprStmt(b.assign(b.member(b.id('frame'), 'pc'), b.literal(pc))),
      b.exprStmt(b.assign(b.member(b.id('frame'), 'sp'), b.literal(h - 1))),
      b.exprStmt(b.assign(b.member(b.id('frame'), 'yielded'), b.literal(true))),
      b.returnStmt(this.boxed(state, h - 1, false)),
    );
    return out;
  }

  /** `if (!cond) exit` (in stress mode the guard also fails on its first run). */
  guard(cond: b.Expr, pc: number, height: number, state: TypeState, what: string, site = pc): b.Stmt {
    let fails: b.Expr = b.unary('!', cond);
    if (this.input.stress) fails = b.logical('||', b.call(b.id('stressOnce'), [b.id('EXITS'), b.literal(this.exits.length)]), fails);
    return b.ifStmt(fails, this.exitAt(pc, height, state, what, site));
  }

  /** Boxing on an edge into `target` whose join widened a raw double. */
  edge(from: TypeState, target: number): b.Stmt[] {
    const into = this.types.blockIn[this.cfg.blockAt[target]!];
    if (into === undefined) return [];
    const out: b.Stmt[] = [];
    for (let i = 0; i < this.code.nlocals; i++) {
      if (from.locals[i] === Ty.Float && into.locals[i] !== Ty.Float) out.push(b.exprStmt(b.assign(b.id(`l${i}`), this.boxed(from, i, true))));
    }
    const height = this.code.stackHeights![target]!;
    for (let i = 0; i < height; i++) {
      if (from.stack[i] === Ty.Float && into.stack[i] !== Ty.Float) out.push(b.exprStmt(b.assign(slot(i), this.boxed(from, i, false))));
    }
    return out;
  }

  private jumpTo(target: number): b.Stmt[] {
    return [b.exprStmt(b.assign(b.id('block'), b.literal(this.cfg.blockAt[target]!))), b.continueStmt('dispatch')];
  }

  context(pc: number): EmitContext {
    const code = this.code;
    const state = this.types.before[pc]!;
    const h = code.stackHeights![pc]!;
    return {
      code,
      pc,
      h,
      types: state,
      seen: this.seenAt(pc),
      isRaw: (i) => this.isRawIn(state, i, false),
      arg: (i) => code.code[pc + 1 + i]!,
      jump: (target) => [...this.edge(this.types.jumpOut.get(pc) ?? state, target), ...this.jumpTo(target)],
      site: (kind) => {
        this.sites.push(kind === 'global' ? new GlobalSite(code) : kind === 'method' ? new MethodSite() : kind === 'binary' ? new BinarySite() : new AttrSite());
        return b.index(b.id('IC'), this.sites.length - 1);
      },
      kwnames: (k) => {
        this.kwnames[k] = rt.kwnamesAt(code, k);
        return b.index(b.id('KW'), k);
      },
      guard: (cond, what) => this.guard(cond, pc, h, state, what),
      guardAfter: (cond, what, nextPc, height) => {
        const after = { locals: state.locals, stack: state.stack.map((t, i) => (i === h ? Ty.Any : t)) };
        return this.guard(cond, nextPc, height, after, what, pc);
      },
    };
  }

  /** An operator site the interpreter has never run (it records operand classes on every
   *  run), in code compiled with feedback: it leaves compiled code instead of computing
   *  generically forever, so the recompile after that exit specializes it with what the
   *  interpreter then sees, as V8 does for code without type feedback. A site that has taken
   *  this exit twice is generic (see Jit.deopted). */
  private unreached(pc: number, op: number): boolean {
    return (op === Op.BINARY_OP || op === Op.COMPARE_OP) && this.input.feedback !== null && this.input.variant.kind !== 'osr'
      && this.seenAt(pc) === 0 && !this.input.generic.has(pc);
  }

  /** The interpreter's operand-class bits at pc's feedback slot (0: none recorded). */
  private seenAt(pc: number): number {
    const slot = this.code.feedbackSlots?.[pc] ?? -1;
    const feedback = this.input.feedback;
    return slot < 0 || feedback === null ? 0 : feedback.typeBits[slot] ?? 0;
  }

  /** The emitter of the instruction at pc, chosen by its inferred types. */
  private emitter(pc: number, op: number): Emitter {
    const state = this.types.before[pc]!;
    const numeric = this.types.numeric.get(pc);
    if (numeric !== undefined) return (cx) => emitNumeric(cx, numeric);
    if (this.unreached(pc, op)) {
      const h = this.code.stackHeights![pc]!;
      return () => this.exitAt(pc, h, state, NO_FEEDBACK, pc);
    }
    if (op === Op.YIELD_VALUE && this.input.variant.kind === 'generator') return () => this.yieldValue(pc);
    if (op === Op.LOAD_FAST && (state.locals[this.code.code[pc + 1]!]! & Ty.Unbound) === 0) return loadFastBound;
    if (op === Op.FOR_ITER && this.types.intLoops.has(pc)) return forIterInt;
    if (op === Op.LOAD_CONST) {
      const value = this.code.consts[this.code.code[pc + 1]!];
      if (value instanceof PyFloat) return loadConstFloat(value.value);
    }
    if (op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE) {
      const typed = typedBranch(this.context(pc), op === Op.POP_JUMP_IF_TRUE);
      if (typed !== null) return () => typed;
    }
    const name = OP_INFO[op]!.spec.name as OpcodeName;
    const emitter: Emitter | string = EMITTERS[name];
    if (typeof emitter === 'string') throw new Bailout(EMITTERS[name] as Exclude<(typeof EMITTERS)[OpcodeName], Emitter>, pc);
    if (MOVES_VALUES.has(op)) return emitter;
    // A generic instruction sees boxed values: box the raw doubles it pops.
    const info = OP_INFO[op]!;
    const h = this.code.stackHeights![pc]!;
    const pops = info.pops(this.code.code.subarray(pc + 1, pc + info.length));
    const boxing: b.Stmt[] = [];
    for (let i = h - pops; i < h; i++) if (state.stack[i] === Ty.Float) boxing.push(b.exprStmt(b.assign(slot(i), this.boxed(state, i, false))));
    return boxing.length === 0 ? emitter : (cx) => [...boxing, ...emitter(cx)];
  }

  instruction(pc: number): b.Stmt[] {
    const op = this.code.code[pc]!;
    if (op === Op.LOAD_GLOBAL && readsFrame(this.code, pc)) throw new Bailout('FRAME_INTROSPECTION', pc);
    const emitter = this.emitter(pc, op);
    const throws = !NEVER_THROWS.has(op) && !this.types.numeric.has(pc);
    const stmts = throws ? [b.exprStmt(b.assign(b.id('pc'), b.literal(pc)))] : [];
    stmts.push(...emitter(this.context(pc)));
    if (!this.input.annotate) return stmts;
    if (stmts.length === 0) stmts.push(b.emptyStmt());
    b.withComment(stmts[0]!, instructionComment(this.code, pc, this.types.before[pc]!));
    return stmts;
  }

  blockCase(block: BasicBlock, next: BasicBlock | undefined): { test: b.Expr; body: b.Stmt[] } {
    const body: b.Stmt[] = [];
    for (let pc = block.start; pc < block.end; pc += OP_INFO[this.code.code[pc]!]!.length) body.push(...this.instruction(pc));
    const info = OP_INFO[this.code.code[block.last]!]!;
    if (!info.isTerminator && block.end < this.code.code.length) {
      const out = this.types.blockOut[block.id]!;
      body.push(...this.edge(out, block.end));
      if (next === undefined || next.start !== block.end) body.push(...this.jumpTo(block.end));
    }
    if (body.length === 0) body.push(b.emptyStmt());
    if (this.input.annotate) b.withComment(body[0]!, `block ${block.id}: pc ${block.start}..${block.end - 1}, line ${this.code.lineAt(block.start)}`, true);
    return { test: b.literal(block.id), body };
  }

  /** For the catch clause: re-box the raw doubles live at each throwing pc, so the frame
   *  the interpreter continues in holds only boxed values. */
  reboxing(): b.Stmt[] {
    const cases: Array<{ test: b.Expr; body: b.Stmt[] }> = [];
    for (let pc = 0; pc < this.code.code.length; pc += OP_INFO[this.code.code[pc]!]!.length) {
      const state = this.types.before[pc];
      if (state === undefined || NEVER_THROWS.has(this.code.code[pc]!)) continue;
      const body: b.Stmt[] = [];
      for (let i = 0; i < this.code.nlocals; i++) if (state.locals[i] === Ty.Float) body.push(b.exprStmt(b.assign(b.id(`l${i}`), this.boxed(state, i, true))));
      const h = this.code.stackHeights![pc]!;
      for (let i = 0; i < h; i++) if (state.stack[i] === Ty.Float) body.push(b.exprStmt(b.assign(slot(i), this.boxed(state, i, false))));
      if (body.length > 0) cases.push({ test: b.literal(pc), body: [...body, b.breakStmt()] });
    }
    return cases.length === 0 ? [] : [b.switchStmt(b.id('pc'), cases)];
  }
}

/** A call entry takes its arguments positionally, `(fn, l0, …)`, when the signature is plain:
 *  no *args, **kwargs or keyword-only parameters. */
function positional(code: CodeObject): boolean {
  return (code.flags & (CodeFlags.VARARGS | CodeFlags.VARKEYWORDS)) === 0 && code.kwOnlyArgCount === 0;
}

/** Statements binding the arguments into l0.. (bindArgs: defaults, keywords, *args, **kwargs). */
function bindStatements(code: CodeObject): b.Stmt[] {
  return [
    b.exprStmt(b.assign(b.id('t'), b.call(b.id('bindArgs'), ['fn', 'args', 'start', 'count', 'kwnames'].map(b.id)))),
    ...Array.from({ length: code.totalArgs }, (_, i) => b.exprStmt(b.assign(b.id(`l${i}`), b.index(b.id('t'), i)))),
  ];
}

/** The argument-array entry `(fn, args, start, count, kwnames)` in front of a positional
 *  body `direct`: a call with exactly the parameters passes them on as they are, any other
 *  is bound by bindArgs first. Call sites of compiled code skip it (PyFunction.direct). */
function argumentsEntry(code: CodeObject, name: string): b.Expr {
  const n = code.argCount;
  const pass = (arg: (i: number) => b.Expr): b.Stmt =>
    b.returnStmt(b.call(b.id('direct'), [b.id('fn'), ...Array.from({ length: n }, (_, i) => arg(i))]));
  const exact = b.logical('&&', b.binary('===', b.id('kwnames'), b.literal(null)), b.binary('===', b.id('count'), b.literal(n)));
  return b.functionExpr(`${name}$args`, ['fn', 'args', 'start', 'count', 'kwnames'], [
    b.ifStmt(exact, [pass((i) => b.member(b.id('args'), b.binary('+', b.id('start'), b.literal(i))))]),
    b.constDecl('t', b.call(b.id('bindArgs'), ['fn', 'args', 'start', 'count', 'kwnames'].map(b.id))),
    pass((i) => b.index(b.id('t'), i)),
  ]);
}

/** The catch clause of a called function: traceback line, then the interpreter at the
 *  handler (a new frame finishes the call), or rethrow. */
function catchStatements(code: CodeObject, t: Translation): b.Stmt[] {
  const locals = Array.from({ length: code.nlocals }, (_, i) => b.id(`l${i}`));
  const stack = Array.from({ length: code.maxStack }, (_, i) => slot(i));
  return [
    b.ifStmt(b.binary('===', b.id('pc'), b.literal(-1)), [b.throwStmt(b.id('e'))]),
    b.constDecl('exc', b.call(b.id('toGuestException'), [b.id('e')])),
    b.ifStmt(b.id('rr'), [b.exprStmt(b.assign(b.id('rr'), b.literal(false)))],
      [b.exprStmt(b.call(b.id('addTraceback'), [b.id('exc'), b.id('CODE'), b.id('pc')]))]),
    b.constDecl('handler', b.call(b.id('findHandler'), [b.id('CODE'), b.id('pc')])),
    b.ifStmt(b.binary('===', b.id('handler'), b.literal(null)), [b.throwStmt(b.id('exc'))]),
    ...t.reboxing(),
    b.returnStmt(b.call(b.id('deopt'), [b.id('CODE'), b.id('fn'), b.id('C'), b.id('handler'), b.array(locals), b.array(stack), b.id('exc')])),
  ];
}

/** The variables of every compiled function: locals (but the first `params`, which are
 *  parameters), stack slots, scratch, pc, block. */
function declarations(code: CodeObject, pc: number, block: number, params = 0): b.Stmt {
  return b.letDecl([
    ...Array.from({ length: code.nlocals - params }, (_, i) => `l${i + params}`),
    ...Array.from({ length: code.maxStack }, (_, i) => `s${i}`),
    't', ['pc', b.literal(pc)], ['block', b.literal(block)], ['rr', b.literal(false)],
  ]);
}

const dispatchLoop = (cases: Array<{ test: b.Expr; body: b.Stmt[] }>): b.Stmt =>
  b.labeled('dispatch', b.forever([b.switchStmt(b.id('block'), cases)]));

/** A called function: binds its arguments (unless they are its parameters), counts its
 *  depth, deopts at handlers. */
function callBody(code: CodeObject, t: Translation, cases: Array<{ test: b.Expr; body: b.Stmt[] }>): b.Stmt[] {
  const hasCells = code.cellvars.length > 0 || code.freevars.length > 0;
  const argLocals = Array.from({ length: code.totalArgs }, (_, i) => b.id(`l${i}`));
  const params = positional(code) ? code.argCount : 0;
  return [
    declarations(code, 0, 0, params),
    ...(params === code.totalArgs ? [] : bindStatements(code)),
    b.constDecl('G', b.member(b.id('fn'), 'globals')),
    b.constDecl('C', hasCells ? b.call(b.id('makeCells'), [b.id('CODE'), b.array(argLocals), b.member(b.id('fn'), 'closure')]) : b.literal(null)),
    b.exprStmt(b.call(b.id('enter'), [b.id('realm')])),
    b.tryCatchFinally([dispatchLoop(cases)], 'e', catchStatements(code, t),
      [b.exprStmt(b.assign(b.member(b.id('realm'), 'depth'), b.literal(1), '-='))]),
  ];
}

/** The factory's statements for a call entry: the function itself, or for a positional body
 *  the body as `direct` and the argument-array entry that carries it. */
function callEntry(code: CodeObject, name: string, body: b.Stmt[]): b.Stmt[] {
  if (!positional(code)) return [b.returnStmt(b.functionExpr(name, ['fn', 'args', 'start', 'count', 'kwnames'], body))];
  const params = ['fn', ...Array.from({ length: code.argCount }, (_, i) => `l${i}`)];
  return [
    b.constDecl('direct', b.functionExpr(name, params, body)),
    b.constDecl('entry', argumentsEntry(code, name)),
    b.exprStmt(b.assign(b.member(b.id('entry'), 'direct'), b.id('direct'))),
    b.returnStmt(b.id('entry')),
  ];
}

/** Statements loading the frame's values live at `pc` into l<i> and s<i>: with `types`, the
 *  ones whose types the code relies on are checked (else the entry is declined) and raw
 *  doubles are unboxed; without, everything is taken as it is. */
function loadFrame(code: CodeObject, t: Translation, pc: number, types: TypeState | null): b.Stmt[] {
  const alive = t.live.liveBefore(pc);
  const load = (array: string, name: string, i: number, type: number): b.Stmt[] => {
    const v = b.id(`${name}${i}`);
    const out = [b.exprStmt(b.assign(v, b.index(b.id(array), i)))];
    const all = name === 'l' ? Ty.Any | Ty.Unbound : Ty.Any;
    if ((type & all) !== all) {
      out.push(b.ifStmt(b.unary('!', b.call(b.id('fitsType'), [v, b.literal(type)])), [b.returnStmt(b.id('OSR_DECLINED'))]));
    }
    if (type === Ty.Float) out.push(b.exprStmt(b.assign(v, b.member(v, 'value'))));
    return out;
  };
  const any = Ty.Any | Ty.Unbound;
  return [
    ...Array.from({ length: code.nlocals }, (_, i) => (alive[i] ? load('L', 'l', i, types?.locals[i] ?? any) : [])).flat(),
    ...Array.from({ length: code.stackHeights![pc]! }, (_, i) => load('S', 's', i, types?.stack[i] ?? Ty.Any)).flat(),
  ];
}

/** Code that runs an interpreter frame from where it stands (a loop entered on-stack, or a
 *  generator started or resumed): `entry` loads the frame's values; every exit writes the
 *  state back into that frame and returns FRAME_HANDED_BACK, so the interpreter continues
 *  (or handles the exception) in place. */
function frameBody(code: CodeObject, t: Translation, pc: number, block: number, entry: b.Stmt[], cases: Array<{ test: b.Expr; body: b.Stmt[] }>): b.Stmt[] {
  const locals = Array.from({ length: code.nlocals }, (_, i) => b.id(`l${i}`));
  const stack = Array.from({ length: code.maxStack }, (_, i) => slot(i));
  const handBack = b.call(b.id('handBack'), [b.id('frame'), b.id('pc'), b.array(locals), b.array(stack), b.id('exc'), b.id('rr')]);
  return [
    declarations(code, pc, block),
    b.constDecl('fn', b.member(b.id('frame'), 'func')),
    b.constDecl('G', b.member(b.id('frame'), 'globals')),
    b.constDecl('C', b.member(b.id('frame'), 'cells')),
    b.constDecl('L', b.member(b.id('frame'), 'locals')),
    b.constDecl('S', b.member(b.id('frame'), 'stack')),
    ...entry,
    b.tryCatch([dispatchLoop(cases)], 'e', [
      b.constDecl('exc', b.call(b.id('toGuestException'), [b.id('e')])),
      ...t.reboxing(),
      b.returnStmt(handBack),
    ]),
  ];
}

/** A loop entered on-stack at `header`, checking the types of the frame's values. */
function osrBody(code: CodeObject, t: Translation, header: number, cases: Array<{ test: b.Expr; body: b.Stmt[] }>): b.Stmt[] {
  const block = t.cfg.blockAt[header]!;
  return frameBody(code, t, header, block, loadFrame(code, t, header, t.types.blockIn[block]!), cases);
}

/** A generator's frame, started (pc 0) or resumed after a yield (the interpreter has pushed
 *  the sent value): `switch (frame.pc)` picks the block. A frame suspended where the code is
 *  not compiled (a yield in an exception handler) is declined and stays interpreted. */
function generatorBody(code: CodeObject, t: Translation, resumes: number[], cases: Array<{ test: b.Expr; body: b.Stmt[] }>): b.Stmt[] {
  const entries = [0, ...resumes].map((pc) => ({
    test: b.literal(pc),
    body: [...loadFrame(code, t, pc, null), b.exprStmt(b.assign(b.id('block'), b.literal(t.cfg.blockAt[pc]!))), b.breakStmt()],
  }));
  const select = b.switchStmt(b.member(b.id('frame'), 'pc'), [...entries, { test: null, body: [b.returnStmt(b.id('OSR_DECLINED'))] }]);
  return frameBody(code, t, 0, 0, [select], cases);
}

/** The types on entry: a call's arguments are anything and its other locals unbound; an
 *  on-stack entry starts from the types of the frame's values. */
function entryState(code: CodeObject, input: CompileInput, live: Liveness): TypeState {
  if (input.entryTypes !== null && input.variant.kind === 'osr') {
    // Dead locals are not loaded at the entry, so their types do not matter.
    const alive = live.liveBefore(input.variant.header);
    const locals = input.entryTypes.locals.map((t, i) => (alive[i] ? t : Ty.Any | Ty.Unbound));
    return { locals, stack: input.entryTypes.stack };
  }
  const locals = new Uint16Array(code.nlocals).fill(Ty.Unbound);
  locals.fill(Ty.Any, 0, code.totalArgs);
  return { locals, stack: new Uint16Array(code.maxStack) };
}

/** The pcs where a generator resumes (after each yield) that lie in compiled blocks. */
function resumePoints(code: CodeObject, cfg: Cfg, blocks: readonly BasicBlock[]): number[] {
  const compiled = new Set(blocks.map((block) => block.id));
  const out: number[] = [];
  for (let pc = 0; pc < code.code.length; pc += OP_INFO[code.code[pc]!]!.length) {
    if (code.code[pc] !== Op.YIELD_VALUE) continue;
    const resume = pc + OP_INFO[Op.YIELD_VALUE]!.length;
    if (compiled.has(cfg.blockAt[resume]!)) out.push(resume);
  }
  return out;
}

/** Translates `code` for one entry; throws Bailout when it must stay interpreted. */
export function generate(code: CodeObject, input: CompileInput = BASELINE): CompiledParts {
  const variant = input.variant;
  checkCompilable(code, variant);
  const cfg = buildCfg(code);
  const entryBlock = variant.kind === 'osr' ? cfg.blockAt[variant.header]! : 0;
  if (entryBlock < 0) throw new Error(`jit: OSR entry ${variant.kind === 'osr' ? variant.header : 0} is not a block start`);
  const blocks = normalReachable(cfg, entryBlock);
  const live = computeLiveness(cfg);
  const resumes = variant.kind === 'generator' ? resumePoints(code, cfg, blocks) : [];
  // A generator resumes with whatever the frame holds: no types are known there.
  const unknown = (pc: number): TypeState => ({
    locals: new Uint16Array(code.nlocals).fill(Ty.Any | Ty.Unbound),
    stack: new Uint16Array(code.maxStack).fill(Ty.Any, 0, code.stackHeights![pc]!),
  });
  const entries = [
    { block: entryBlock, state: entryState(code, input, live) },
    ...resumes.map((pc) => ({ block: cfg.blockAt[pc]!, state: unknown(pc) })),
  ];
  const types = inferTypes({ cfg, blocks, entries, feedback: input.feedback, generic: input.generic });
  const t = new Translation(code, cfg, types, live, input);
  const cases = blocks.map((block, i) => t.blockCase(block, blocks[i + 1]));
  const name = functionName(code) + variantSuffix(variant);
  const body = variant.kind === 'osr' ? osrBody(code, t, variant.header, cases)
    : variant.kind === 'generator' ? generatorBody(code, t, resumes, cases)
      : callBody(code, t, cases);
  const factory = variant.kind === 'call' ? callEntry(code, name, body) : [b.returnStmt(b.functionExpr(name, ['frame'], body))];
  const entered = variant.kind === 'osr' ? `, entered at pc ${variant.header} (line ${code.lineAt(variant.header)})`
    : variant.kind === 'generator' ? `, a generator resumed at ${resumes.length} yield${resumes.length === 1 ? '' : 's'}` : '';
  const where = `${code.qualname} (${code.filename.replace(/^.*[\\/]/, '')}:${code.firstLineNo})${entered}`;
  return {
    name,
    body: [b.withComment(factory[0]!, where), ...factory.slice(1)],
    params: ['CODE', 'K', 'N', 'V', 'KW', 'IC', 'EXITS'],
    values: [code, code.consts, code.names, code.varnames, t.kwnames, t.sites, new ExitTable(code, t.exits)],
  };
}

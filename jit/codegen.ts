// JIT codegen, part 1 (stage 1, baseline): one non-generator function's CodeObject becomes the
// ESTree of a JS function with the CompiledEntry signature (fn, args, start, count, kwnames).
// Locals are JS `let`s l0..lN, stack slots s0..sK (static heights), cells the array `C`;
// control flow is `dispatch: for (;;) switch (block)` over the CFG blocks reachable without
// exceptions (structured loops come with the optimizing stage). Write-back rule: `pc` is
// assigned before every instruction that can throw; the catch clause adds the traceback line
// and, if a handler covers pc, rebuilds the Frame and lets the interpreter finish (deopt by
// exception). No speculation yet: every fast path falls back to the interpreter's helper.

import type { CodeObject } from '../src/bytecode/code-object.js';
import { OP_INFO } from '../src/bytecode/opcode-info.js';
import { CodeFlags, Op, type OpcodeName } from '../src/bytecode/opcodes.js';
import * as rt from '../src/runtime/ops.js';
import { Bailout } from './bailout.js';
import { buildCfg, type BasicBlock, type Cfg } from './cfg.js';
import { EMITTERS, slot, type EmitContext, type Emitter } from './emitters.js';
import * as b from './estree.js';
import { AttrSite, GlobalSite } from './support.js';

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

/** Builtins that read the running interpreter frame (realm.invoker.localNames). */
const FRAME_READERS = new Set(['dir', 'locals', 'vars']);

/** `py$module$qualname`, made an identifier (guest text never reaches source otherwise). */
export function functionName(code: CodeObject): string {
  const module = code.filename.replace(/^.*[\\/]/, '').replace(/\.py$/, '');
  return `py$${module}$${code.qualname}`.replace(/[^\w$]/g, '_');
}

/** Which entry a compiled function has: called with arguments (CompiledEntry), or entered
 *  on-stack at a loop header from a running interpreter frame (OsrEntry). */
export type Variant = { readonly kind: 'call' } | { readonly kind: 'osr'; readonly header: number };

function checkCompilable(code: CodeObject, variant: Variant): void {
  if ((code.flags & CodeFlags.GENERATOR) !== 0) throw new Bailout('GENERATOR');
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

function instructionComment(code: CodeObject, pc: number): string {
  const info = OP_INFO[code.code[pc]!]!;
  const operands = Array.from({ length: info.length - 1 }, (_, i) => code.code[pc + 1 + i]!).join(' ');
  return `pc ${pc} ${info.spec.name}${operands ? ` ${operands}` : ''} (line ${code.lineAt(pc)})`;
}

/** Collects what the emitters ask for while translating one function. */
class Translation {
  /** Inline-cache objects, referenced by generated code as IC[i]. */
  readonly sites: Array<GlobalSite | AttrSite> = [];
  readonly kwnames: Array<readonly string[] | null>;

  constructor(readonly code: CodeObject, readonly cfg: Cfg) {
    this.kwnames = new Array<readonly string[] | null>(code.consts.length).fill(null);
  }

  context(pc: number): EmitContext {
    const code = this.code;
    return {
      code,
      pc,
      h: code.stackHeights![pc]!,
      arg: (i) => code.code[pc + 1 + i]!,
      jump: (target) => [b.exprStmt(b.assign(b.id('block'), b.literal(this.cfg.blockAt[target]!))), b.continueStmt('dispatch')],
      site: (kind) => {
        this.sites.push(kind === 'global' ? new GlobalSite(code) : new AttrSite());
        return b.index(b.id('IC'), this.sites.length - 1);
      },
      kwnames: (k) => {
        this.kwnames[k] = rt.kwnamesAt(code, k);
        return b.index(b.id('KW'), k);
      },
    };
  }

  instruction(pc: number): b.Stmt[] {
    const op = this.code.code[pc]!;
    const name = OP_INFO[op]!.spec.name as OpcodeName;
    const emitter: Emitter | string = EMITTERS[name];
    if (typeof emitter === 'string') throw new Bailout(EMITTERS[name] as Exclude<(typeof EMITTERS)[OpcodeName], Emitter>, pc);
    if (op === Op.LOAD_GLOBAL && FRAME_READERS.has(this.code.names[this.code.code[pc + 1]!]!)) throw new Bailout('FRAME_INTROSPECTION', pc);
    const stmts = NEVER_THROWS.has(op) ? [] : [b.exprStmt(b.assign(b.id('pc'), b.literal(pc)))];
    stmts.push(...emitter(this.context(pc)));
    if (stmts.length === 0) stmts.push(b.emptyStmt());
    b.withComment(stmts[0]!, instructionComment(this.code, pc));
    return stmts;
  }

  blockCase(block: BasicBlock, next: BasicBlock | undefined): { test: b.Expr; body: b.Stmt[] } {
    const body: b.Stmt[] = [];
    for (let pc = block.start; pc < block.end; pc += OP_INFO[this.code.code[pc]!]!.length) body.push(...this.instruction(pc));
    const info = OP_INFO[this.code.code[block.last]!]!;
    if (!info.isTerminator && (next === undefined || next.start !== block.end)) body.push(...this.context(block.last).jump(block.end));
    b.withComment(body[0]!, `block ${block.id}: pc ${block.start}..${block.end - 1}, line ${this.code.lineAt(block.start)}`, true);
    return { test: b.literal(block.id), body };
  }
}

/** Statements binding the arguments into l0..: the interpreter's simple case inline. */
function bindStatements(code: CodeObject): b.Stmt[] {
  const nargs = code.totalArgs;
  const fromBound = Array.from({ length: nargs }, (_, i) => b.exprStmt(b.assign(b.id(`l${i}`), b.index(b.id('t'), i))));
  const general = [
    b.exprStmt(b.assign(b.id('t'), b.call(b.id('bindArgs'), ['fn', 'args', 'start', 'count', 'kwnames'].map(b.id)))),
    ...fromBound,
  ];
  const simple = (code.flags & (CodeFlags.VARARGS | CodeFlags.VARKEYWORDS)) === 0 && code.kwOnlyArgCount === 0;
  if (!simple) return general;
  const direct = Array.from({ length: code.argCount }, (_, i) =>
    b.exprStmt(b.assign(b.id(`l${i}`), b.member(b.id('args'), b.binary('+', b.id('start'), b.literal(i))))));
  const test = b.logical('&&', b.binary('===', b.id('kwnames'), b.literal(null)), b.binary('===', b.id('count'), b.literal(code.argCount)));
  return [b.ifStmt(test, direct, general)];
}

/** The catch clause of a called function: traceback line, then the interpreter at the
 *  handler (a new frame finishes the call), or rethrow. */
function catchStatements(code: CodeObject): b.Stmt[] {
  const locals = Array.from({ length: code.nlocals }, (_, i) => b.id(`l${i}`));
  const stack = Array.from({ length: code.maxStack }, (_, i) => slot(i));
  return [
    b.constDecl('exc', b.call(b.id('toGuestException'), [b.id('e')])),
    b.ifStmt(b.id('rr'), [b.exprStmt(b.assign(b.id('rr'), b.literal(false)))],
      [b.exprStmt(b.call(b.id('addTraceback'), [b.id('exc'), b.id('CODE'), b.id('pc')]))]),
    b.constDecl('handler', b.call(b.id('findHandler'), [b.id('CODE'), b.id('pc')])),
    b.ifStmt(b.binary('===', b.id('handler'), b.literal(null)), [b.throwStmt(b.id('exc'))]),
    b.returnStmt(b.call(b.id('deopt'), [b.id('CODE'), b.id('fn'), b.id('C'), b.id('handler'), b.array(locals), b.array(stack), b.id('exc')])),
  ];
}

/** The variables of every compiled function: locals, stack slots, scratch, pc, block. */
function declarations(code: CodeObject, pc: number, block: number): b.Stmt {
  return b.letDecl([
    ...Array.from({ length: code.nlocals }, (_, i) => `l${i}`),
    ...Array.from({ length: code.maxStack }, (_, i) => `s${i}`),
    't', ['pc', b.literal(pc)], ['block', b.literal(block)], ['rr', b.literal(false)],
  ]);
}

const dispatchLoop = (cases: Array<{ test: b.Expr; body: b.Stmt[] }>): b.Stmt =>
  b.labeled('dispatch', b.forever([b.switchStmt(b.id('block'), cases)]));

/** A called function: binds its arguments, counts its depth, deopts at handlers. */
function callBody(code: CodeObject, cases: Array<{ test: b.Expr; body: b.Stmt[] }>): b.Stmt[] {
  const hasCells = code.cellvars.length > 0 || code.freevars.length > 0;
  const argLocals = Array.from({ length: code.totalArgs }, (_, i) => b.id(`l${i}`));
  return [
    declarations(code, 0, 0),
    ...bindStatements(code),
    b.constDecl('G', b.member(b.id('fn'), 'globals')),
    b.constDecl('C', hasCells ? b.call(b.id('makeCells'), [b.id('CODE'), b.array(argLocals), b.member(b.id('fn'), 'closure')]) : b.literal(null)),
    b.exprStmt(b.call(b.id('enter'), [b.id('realm')])),
    b.tryCatchFinally([dispatchLoop(cases)], 'e', catchStatements(code),
      [b.exprStmt(b.assign(b.member(b.id('realm'), 'depth'), b.literal(1), '-='))]),
  ];
}

/** A loop entered on-stack: loads the interpreter frame's locals and stack at the header;
 *  every exit (exception, later guards) writes the state back into that frame and returns
 *  FRAME_HANDED_BACK, so the interpreter continues (or handles the exception) in place. */
function osrBody(code: CodeObject, cfg: Cfg, header: number, cases: Array<{ test: b.Expr; body: b.Stmt[] }>): b.Stmt[] {
  const height = code.stackHeights![header]!;
  const load = (array: string, name: string, i: number): b.Stmt => b.exprStmt(b.assign(b.id(`${name}${i}`), b.index(b.id(array), i)));
  const locals = Array.from({ length: code.nlocals }, (_, i) => b.id(`l${i}`));
  const stack = Array.from({ length: code.maxStack }, (_, i) => slot(i));
  const handBack = b.call(b.id('handBack'), [b.id('frame'), b.id('pc'), b.array(locals), b.array(stack), b.call(b.id('toGuestException'), [b.id('e')]), b.id('rr')]);
  return [
    declarations(code, header, cfg.blockAt[header]!),
    b.constDecl('fn', b.member(b.id('frame'), 'func')),
    b.constDecl('G', b.member(b.id('frame'), 'globals')),
    b.constDecl('C', b.member(b.id('frame'), 'cells')),
    b.constDecl('L', b.member(b.id('frame'), 'locals')),
    b.constDecl('S', b.member(b.id('frame'), 'stack')),
    ...Array.from({ length: code.nlocals }, (_, i) => load('L', 'l', i)),
    ...Array.from({ length: height }, (_, i) => load('S', 's', i)),
    b.tryCatch([dispatchLoop(cases)], 'e', [b.returnStmt(handBack)]),
  ];
}

/** Translates `code` for one entry; throws Bailout when it must stay interpreted. */
export function generate(code: CodeObject, variant: Variant = { kind: 'call' }): CompiledParts {
  checkCompilable(code, variant);
  const cfg = buildCfg(code);
  const t = new Translation(code, cfg);
  const entryBlock = variant.kind === 'osr' ? cfg.blockAt[variant.header]! : 0;
  if (entryBlock < 0) throw new Error(`jit: OSR entry ${variant.kind === 'osr' ? variant.header : 0} is not a block start`);
  const blocks = normalReachable(cfg, entryBlock);
  const cases = blocks.map((block, i) => t.blockCase(block, blocks[i + 1]));
  const osr = variant.kind === 'osr';
  const name = functionName(code) + (osr ? `$osr${variant.header}` : '');
  const body = osr ? osrBody(code, cfg, variant.header, cases) : callBody(code, cases);
  const fn = b.functionExpr(name, osr ? ['frame'] : ['fn', 'args', 'start', 'count', 'kwnames'], body);
  const where = `${code.qualname} (${code.filename.replace(/^.*[\\/]/, '')}:${code.firstLineNo})${osr ? `, entered at pc ${variant.header} (line ${code.lineAt(variant.header)})` : ''}`;
  return {
    name,
    body: [b.withComment(b.returnStmt(fn), where)],
    params: ['CODE', 'K', 'N', 'V', 'KW', 'IC'],
    values: [code, code.consts, code.names, code.varnames, t.kwnames, t.sites],
  };
}

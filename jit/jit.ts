// The JIT's front door for the VM: compiles a code object for one entry (a call entry, or an
// on-stack entry at a loop header) once (codegen → emit), caches the result or the bail-out,
// and reports each outcome through the trace sink (--trace-jit, --print-jit, --dump-jit,
// --jit-stats). The VM installs call entries on function objects and runs on-stack entries
// from the interpreter's hot-loop hook; this file never touches the interpreter
// (ARCHITECTURE.md §2).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeObject } from '../src/bytecode/code-object.js';
import type { TraceSink } from '../src/debug/trace.js';
import type { Frame } from '../src/runtime/frame.js';
import { setEntry, type CompiledEntry, type PyFunction } from '../src/runtime/objects.js';
import type { Realm } from '../src/runtime/realm.js';
import type { HotLoopResult } from '../src/runtime/tiers.js';
import type { PyValue } from '../src/runtime/values.js';
import { Bailout, BAILOUT_REASONS, type BailoutReason } from './bailout.js';
import { functionName, generate, variantSuffix, type CompileInput, type Variant } from './codegen.js';
import { CodeGenerationDisallowed, emit } from './emit.js';
import { NO_FEEDBACK, supportBindings, type ExitTable } from './support.js';
import { typeOfValue, type Feedback, type TypeState } from './types.js';

/** What the JIT needs from the VM. */
export interface JitHost {
  /** Runs a frame rebuilt by a compiled function's exit to its return (deopt). */
  resume(frame: Frame): PyValue;
  /** The safepoint poll (interrupts, step budget). */
  safepoint(): void;
  /** `code`'s compiled code was dropped after a deopt: count calls and loops again before
   *  recompiling, or (giveUp) never compile it again. */
  invalidated(code: CodeObject, giveUp: boolean): void;
}

/** Deopts of one site after which it is compiled without speculation. */
const SITE_DEOPT_LIMIT = 2;
/** Deopts of one code object after which it stays in the interpreter. */
const CODE_DEOPT_LIMIT = 12;

/** What the JIT remembers about one code object across compilations. */
interface CodeState {
  /** Sites compiled without speculation. */
  readonly generic: Set<number>;
  readonly siteDeopts: Map<number, number>;
  deopts: number;
}

export interface JitOptions {
  /** Re-parse every generated source with acorn (--jit-verify). */
  verify: boolean;
  /** Print every generated source (--print-jit). */
  print: boolean;
  /** One line per compile or bail-out (--trace-jit). */
  trace: boolean;
  /** Write each generated source to this directory (--dump-jit=DIR), or null. */
  dumpDir: string | null;
  sink: TraceSink;
  /** Guest depth below which compiled code calls compiled entries directly. */
  compiledDepthLimit: number;
  /** One line per deopt (--trace-deopt). */
  traceDeopt: boolean;
  /** Every guard fails once (tests). */
  stress: boolean;
}

/** Code entered on-stack: runs `frame` from the loop header it was compiled for. */
export type OsrEntry = (frame: Frame) => HotLoopResult;

/** A generator's compiled code: runs its frame from pc 0 or a resume point to the next yield
 *  (frame.yielded set), its return, or a hand-back; OSR_DECLINED if it cannot enter there. */
export type GeneratorEntry = (frame: Frame) => HotLoopResult;

/** A compiled entry, or why there is none. */
export type CompileOutcome<E> = { entry: E; source: string } | { bailout: BailoutReason; pc: number };

/** Counters for --jit-stats. */
export interface JitStats {
  compiled: number;
  osrCompiled: number;
  failed: number;
  deopts: number;
  osrEntries: number;
  compileMs: number;
}

export class Jit {
  private readonly calls = new WeakMap<CodeObject, CompileOutcome<CompiledEntry>>();
  private readonly loops = new WeakMap<CodeObject, Map<number, CompileOutcome<OsrEntry>>>();
  private readonly generators = new WeakMap<CodeObject, CompileOutcome<GeneratorEntry>>();
  private readonly support: Record<string, unknown>;
  private readonly supportNames: string[];
  private dumped = 0;
  private readonly states = new WeakMap<CodeObject, CodeState>();
  readonly stats: JitStats = { compiled: 0, osrCompiled: 0, failed: 0, deopts: 0, osrEntries: 0, compileMs: 0 };

  constructor(realm: Realm, private readonly host: JitHost, private readonly options: JitOptions) {
    const supportHost = {
      resume: (frame: Frame) => host.resume(frame),
      safepoint: () => host.safepoint(),
      deopted: (table: ExitTable, exit: number, fn: PyFunction | null) => this.deopted(table, exit, fn),
    };
    this.support = supportBindings(realm, supportHost, options.compiledDepthLimit);
    this.supportNames = Object.keys(this.support);
  }

  private stateOf(code: CodeObject): CodeState {
    let state = this.states.get(code);
    if (state === undefined) {
      state = { generic: new Set(), siteDeopts: new Map(), deopts: 0 };
      this.states.set(code, state);
    }
    return state;
  }

  /** A guard failed: count it, drop the code's compiled entries so the next tier-up compiles
   *  with what the interpreter has observed since, and stop speculating where it keeps failing. */
  private deopted(table: ExitTable, exit: number, fn: PyFunction | null): void {
    const code = table.code;
    const { site: pc, what } = table.exits[exit]!;
    const state = this.stateOf(code);
    const count = (state.siteDeopts.get(pc) ?? 0) + 1;
    state.siteDeopts.set(pc, count);
    if (count >= SITE_DEOPT_LIMIT) state.generic.add(pc);
    // Leaving at a site that had no feedback is not a failed speculation: it does not count
    // toward giving up on the code (each such site leaves at most SITE_DEOPT_LIMIT times).
    if (what !== NO_FEEDBACK) state.deopts++;
    table.taken[exit]!++;
    this.stats.deopts++;
    const giveUp = state.deopts >= CODE_DEOPT_LIMIT;
    if (this.options.traceDeopt) {
      const file = code.filename.replace(/^.*[\\/]/, '');
      const then = giveUp ? 'stays in the interpreter' : count >= SITE_DEOPT_LIMIT ? 'site made generic' : 'will recompile';
      this.options.sink.write(`[deopt] ${code.qualname} (${file}:${code.firstLineNo}) pc ${pc} line ${code.lineAt(pc)}: guard failed: ${what}; site count ${count}, ${then}\n`);
    }
    if (fn !== null && fn.entry !== null) setEntry(fn, null);
    this.calls.delete(code);
    this.loops.delete(code);
    this.generators.delete(code);
    this.host.invalidated(code, giveUp);
  }

  /** The compiled call entry for fn's code, compiling it on first request; null = interpreted. */
  entryFor(fn: PyFunction): CompiledEntry | null {
    let outcome = this.calls.get(fn.code);
    if (outcome === undefined) {
      outcome = this.compile<CompiledEntry>(fn.code, this.input(fn.code, { kind: 'call' }, null));
      this.calls.set(fn.code, outcome);
    }
    return 'entry' in outcome ? outcome.entry : null;
  }

  /** The compiled code of generator `code`, compiling it on first request; null = interpreted. */
  generatorEntryFor(code: CodeObject): GeneratorEntry | null {
    let outcome = this.generators.get(code);
    if (outcome === undefined) {
      outcome = this.compile<GeneratorEntry>(code, this.input(code, { kind: 'generator' }, null));
      this.generators.set(code, outcome);
    }
    return 'entry' in outcome ? outcome.entry : null;
  }

  /** The on-stack entry of `code` at loop header `header`, compiling it on first request. */
  osrEntryFor(frame: Frame, header: number): OsrEntry | null {
    const code = frame.code;
    let byHeader = this.loops.get(code);
    if (byHeader === undefined) {
      byHeader = new Map();
      this.loops.set(code, byHeader);
    }
    let outcome = byHeader.get(header);
    if (outcome === undefined) {
      const entryTypes: TypeState = {
        locals: Uint16Array.from(frame.locals, typeOfValue),
        stack: Uint16Array.from({ length: code.maxStack }, (_, i) => (i < frame.sp ? typeOfValue(frame.stack[i]) : 0)),
      };
      outcome = this.compile<OsrEntry>(code, this.input(code, { kind: 'osr', header }, entryTypes));
      byHeader.set(header, outcome);
    }
    return 'entry' in outcome ? outcome.entry : null;
  }

  /** Drops the on-stack entry at `header` (its entry check failed: the frame's types changed). */
  forgetLoop(code: CodeObject, header: number): void {
    this.loops.get(code)?.delete(header);
  }

  private input(code: CodeObject, variant: Variant, entryTypes: TypeState | null): CompileInput {
    const feedback = (code.runtime as Partial<Feedback> | null)?.typeBits !== undefined ? code.runtime as Feedback : null;
    const annotate = this.options.print || this.options.dumpDir !== null;
    return { variant, feedback, generic: this.stateOf(code).generic, entryTypes, stress: this.options.stress, annotate };
  }

  compile<E>(code: CodeObject, input: CompileInput): CompileOutcome<E> {
    const variant = input.variant;
    const started = performance.now();
    try {
      const parts = generate(code, input);
      const names = [...this.supportNames, ...parts.params];
      const url = `corevm-jit/${code.filename.replace(/^.*[\\/]/, '')}/${parts.name}.js`;
      const emitted = emit(names, parts.body, url, { verify: this.options.verify });
      const entry = emitted.factory(...Object.values(this.support), ...parts.values) as E;
      if (variant.kind === 'osr') this.stats.osrCompiled++;
      else this.stats.compiled++;
      this.report(code, variant, 'compiled', started, emitted.source);
      return { entry, source: emitted.source };
    } catch (e) {
      if (e instanceof CodeGenerationDisallowed) return this.bail(code, variant, new Bailout('CODEGEN_DISALLOWED'), started);
      if (!(e instanceof Bailout)) throw e;
      return this.bail(code, variant, e, started);
    }
  }

  private bail<E>(code: CodeObject, variant: Variant, e: Bailout, started: number): CompileOutcome<E> {
    this.stats.failed++;
    const at = e.pc >= 0 ? ` at pc ${e.pc} (line ${code.lineAt(e.pc)})` : '';
    this.report(code, variant, `bailout ${e.reason}: ${BAILOUT_REASONS[e.reason]}${at}`, started, null);
    return { bailout: e.reason, pc: e.pc };
  }

  private report(code: CodeObject, variant: Variant, what: string, started: number, source: string | null): void {
    const ms = performance.now() - started;
    this.stats.compileMs += ms;
    if (source !== null && this.options.dumpDir !== null) this.dump(code, variant, source);
    if (!this.options.trace && !(this.options.print && source !== null)) return;
    const file = code.filename.replace(/^.*[\\/]/, '');
    const js = source === null ? '' : `, js ${source.length} chars`;
    const osr = variant.kind === 'osr' ? `, OSR at pc ${variant.header} (line ${code.lineAt(variant.header)})`
      : variant.kind === 'generator' ? ', generator' : '';
    if (this.options.trace) {
      this.options.sink.write(`[jit] ${code.qualname} (${file}:${code.firstLineNo}) bytecode ${code.code.length} words${js}${osr}, ${ms.toFixed(2)} ms: ${what}\n`);
    }
    if (this.options.print && source !== null) this.options.sink.write(`${source}\n`);
  }

  /** --dump-jit: one file per compilation, numbered in compile order. */
  private dump(code: CodeObject, variant: Variant, source: string): void {
    const name = `${String(++this.dumped).padStart(4, '0')}-${functionName(code)}${variantSuffix(variant)}.js`;
    fs.mkdirSync(this.options.dumpDir!, { recursive: true });
    fs.writeFileSync(path.join(this.options.dumpDir!, name), `${source}\n`);
  }

  /** The --jit-stats summary line. */
  summary(): string {
    const s = this.stats;
    return `[jit-stats] compiled ${s.compiled} functions and ${s.osrCompiled} loops (OSR), ${s.failed} bail-outs, `
      + `${s.deopts} deopts, ${s.osrEntries} OSR entries, ${s.compileMs.toFixed(1)} ms compiling\n`;
  }
}

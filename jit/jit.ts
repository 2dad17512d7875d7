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
import type { CompiledEntry, PyFunction } from '../src/runtime/objects.js';
import type { Realm } from '../src/runtime/realm.js';
import type { HotLoopResult } from '../src/runtime/tiers.js';
import { Bailout, BAILOUT_REASONS, type BailoutReason } from './bailout.js';
import { functionName, generate, type Variant } from './codegen.js';
import { CodeGenerationDisallowed, emit } from './emit.js';
import { supportBindings, type JitHost } from './support.js';

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
}

/** Code entered on-stack: runs `frame` from the loop header it was compiled for. */
export type OsrEntry = (frame: Frame) => HotLoopResult;

/** A compiled entry, or why there is none. */
export type CompileOutcome<E> = { entry: E; source: string } | { bailout: BailoutReason; pc: number };

/** Counters for --jit-stats. */
export interface JitStats {
  compiled: number;
  osrCompiled: number;
  failed: number;
  osrEntries: number;
  compileMs: number;
}

export class Jit {
  private readonly calls = new WeakMap<CodeObject, CompileOutcome<CompiledEntry>>();
  private readonly loops = new WeakMap<CodeObject, Map<number, CompileOutcome<OsrEntry>>>();
  private readonly support: Record<string, unknown>;
  private readonly supportNames: string[];
  private dumped = 0;
  readonly stats: JitStats = { compiled: 0, osrCompiled: 0, failed: 0, osrEntries: 0, compileMs: 0 };

  constructor(realm: Realm, host: JitHost, private readonly options: JitOptions) {
    this.support = supportBindings(realm, host, options.compiledDepthLimit);
    this.supportNames = Object.keys(this.support);
  }

  /** The compiled call entry for fn's code, compiling it on first request; null = interpreted. */
  entryFor(fn: PyFunction): CompiledEntry | null {
    let outcome = this.calls.get(fn.code);
    if (outcome === undefined) {
      outcome = this.compile<CompiledEntry>(fn.code, { kind: 'call' });
      this.calls.set(fn.code, outcome);
    }
    return 'entry' in outcome ? outcome.entry : null;
  }

  /** The on-stack entry of `code` at loop header `header`, compiling it on first request. */
  osrEntryFor(code: CodeObject, header: number): OsrEntry | null {
    let byHeader = this.loops.get(code);
    if (byHeader === undefined) {
      byHeader = new Map();
      this.loops.set(code, byHeader);
    }
    let outcome = byHeader.get(header);
    if (outcome === undefined) {
      outcome = this.compile<OsrEntry>(code, { kind: 'osr', header });
      byHeader.set(header, outcome);
    }
    return 'entry' in outcome ? outcome.entry : null;
  }

  compile<E>(code: CodeObject, variant: Variant): CompileOutcome<E> {
    const started = performance.now();
    try {
      const parts = generate(code, variant);
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
    const osr = variant.kind === 'osr' ? `, OSR at pc ${variant.header} (line ${code.lineAt(variant.header)})` : '';
    if (this.options.trace) {
      this.options.sink.write(`[jit] ${code.qualname} (${file}:${code.firstLineNo}) bytecode ${code.code.length} words${js}${osr}, ${ms.toFixed(2)} ms: ${what}\n`);
    }
    if (this.options.print && source !== null) this.options.sink.write(`${source}\n`);
  }

  /** --dump-jit: one file per compilation, numbered in compile order. */
  private dump(code: CodeObject, variant: Variant, source: string): void {
    const suffix = variant.kind === 'osr' ? `$osr${variant.header}` : '';
    const name = `${String(++this.dumped).padStart(4, '0')}-${functionName(code)}${suffix}.js`;
    fs.mkdirSync(this.options.dumpDir!, { recursive: true });
    fs.writeFileSync(path.join(this.options.dumpDir!, name), `${source}\n`);
  }

  /** The --jit-stats summary line. */
  summary(): string {
    const s = this.stats;
    return `[jit-stats] compiled ${s.compiled} functions and ${s.osrCompiled} loops (OSR), ${s.failed} bail-outs, `
      + `${s.osrEntries} OSR entries, ${s.compileMs.toFixed(1)} ms compiling\n`;
  }
}

// The JIT's front door for the VM: compiles a function's code object once (codegen → emit),
// caches the resulting entry (or the bail-out) per code object, and reports each outcome
// through the trace sink (--trace-jit, --print-jit). The VM installs the entry on function
// objects; this file never touches the interpreter (ARCHITECTURE.md §2).

import type { CodeObject } from '../src/bytecode/code-object.js';
import type { TraceSink } from '../src/debug/trace.js';
import type { CompiledEntry, PyFunction } from '../src/runtime/objects.js';
import type { Realm } from '../src/runtime/realm.js';
import { Bailout, BAILOUT_REASONS, type BailoutReason } from './bailout.js';
import { generate } from './codegen.js';
import { CodeGenerationDisallowed, emit } from './emit.js';
import { supportBindings, type ResumeHook } from './support.js';

export interface JitOptions {
  /** Re-parse every generated source with acorn (--jit-verify). */
  verify: boolean;
  /** Print every generated source (--print-jit). */
  print: boolean;
  /** One line per compile or bail-out (--trace-jit). */
  trace: boolean;
  sink: TraceSink;
  /** Guest depth below which compiled code calls compiled entries directly. */
  compiledDepthLimit: number;
}

/** A compiled function, or why there is none. */
export type CompileOutcome = { entry: CompiledEntry; source: string } | { bailout: BailoutReason; pc: number };

export class Jit {
  private readonly outcomes = new WeakMap<CodeObject, CompileOutcome>();
  private readonly support: Record<string, unknown>;
  private readonly supportNames: string[];
  compiled = 0;
  bailouts = 0;

  constructor(realm: Realm, resume: ResumeHook, private readonly options: JitOptions) {
    this.support = supportBindings(realm, resume, options.compiledDepthLimit);
    this.supportNames = Object.keys(this.support);
  }

  /** The compiled entry for fn's code, compiling it on first request; null = interpreted. */
  entryFor(fn: PyFunction): CompiledEntry | null {
    let outcome = this.outcomes.get(fn.code);
    if (outcome === undefined) {
      outcome = this.compile(fn.code);
      this.outcomes.set(fn.code, outcome);
    }
    return 'entry' in outcome ? outcome.entry : null;
  }

  compile(code: CodeObject): CompileOutcome {
    const started = performance.now();
    try {
      const parts = generate(code);
      const names = [...this.supportNames, ...parts.params];
      const url = `corevm-jit/${code.filename.replace(/^.*[\\/]/, '')}/${code.qualname}.js`;
      const emitted = emit(names, parts.body, url, { verify: this.options.verify });
      const entry = emitted.factory(...Object.values(this.support), ...parts.values) as CompiledEntry;
      this.compiled++;
      this.report(code, `compiled`, started, emitted.source);
      return { entry, source: emitted.source };
    } catch (e) {
      if (e instanceof CodeGenerationDisallowed) return this.bail(code, new Bailout('CODEGEN_DISALLOWED'), started);
      if (!(e instanceof Bailout)) throw e;
      return this.bail(code, e, started);
    }
  }

  private bail(code: CodeObject, e: Bailout, started: number): CompileOutcome {
    this.bailouts++;
    const at = e.pc >= 0 ? ` at pc ${e.pc} (line ${code.lineAt(e.pc)})` : '';
    this.report(code, `bailout ${e.reason}: ${BAILOUT_REASONS[e.reason]}${at}`, started, null);
    return { bailout: e.reason, pc: e.pc };
  }

  private report(code: CodeObject, what: string, started: number, source: string | null): void {
    if (!this.options.trace && !(this.options.print && source !== null)) return;
    const file = code.filename.replace(/^.*[\\/]/, '');
    const ms = (performance.now() - started).toFixed(2);
    const js = source === null ? '' : `, js ${source.length} chars`;
    if (this.options.trace) {
      this.options.sink.write(`[jit] ${code.qualname} (${file}:${code.firstLineNo}) bytecode ${code.code.length} words${js}, ${ms} ms: ${what}\n`);
    }
    if (this.options.print && source !== null) this.options.sink.write(`${source}\n`);
  }
}

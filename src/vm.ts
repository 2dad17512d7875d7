// VM: the composition root. One VM owns a realm (builtins, modules, streams, limits), the
// interpreter, and the JIT; it is the only place in src/ that wires the tiers together
// (ARCHITECTURE.md §2): the interpreter's hot-function hook asks the JIT for an entry and
// installs it on the function object, and compiled code deopts back through resumeFrame. It runs modules, imports the program's own modules and the built-in
// ones, and turns an uncaught guest exception into CPython's output and exit status.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Interpreter } from '../interpreter/interpreter.js';
import { profileOf, type CodeProfile } from '../interpreter/profile.js';
import { codeGenerationAllowed } from '../jit/emit.js';
import { Jit } from '../jit/jit.js';
import { StreamTraceSink, type TraceSink } from './debug/trace.js';
import type { CodeObject } from './bytecode/code-object.js';
import { compileModule } from './frontend/python/compiler.js';
import { createBuiltins } from './runtime/builtins/index.js';
import { newException, toGuestException } from './runtime/exceptions.js';
import { PyBaseException, PyFunction, PyModule, newAttrDict, setEntry } from './runtime/objects.js';
import { PySyntaxError, formatSyntaxError } from './frontend/diagnostics.js';
import { str } from './runtime/protocols.js';
import { Realm, enterRealm, type OutputStream } from './runtime/realm.js';
import { formatException } from './runtime/traceback.js';
import { E, isSubtype } from './runtime/types.js';
import type { Frame } from './runtime/frame.js';
import { FRAME_HANDED_BACK, OSR_DECLINED, type HotLoopResult } from './runtime/tiers.js';
import { createSys } from './runtime/modules/sys.js';
import { BUILTIN_MODULES } from './runtime/modules/registry.js';

export interface VMOptions {
  argv?: string[];
  stdout: OutputStream;
  stderr: OutputStream;
  /** Directories searched by `import` for the program's own modules. */
  path?: string[];
  recursionLimit?: number;
  /** Bound on safepoints (calls and loop back-edges) before a ResourceLimitError; 0 = none. */
  stepBudget?: number;
  /** Reads a line of standard input (input()); null at end of input. */
  readLine?: () => string | null;
  /** The JIT tier (default 'on'); 'off' runs everything in the interpreter. */
  jit?: 'off' | 'on';
  /** Compile every function on its first call (tests use it). */
  jitEager?: boolean;
  /** Calls before a function is compiled (when not eager). */
  jitThreshold?: number;
  /** Loop back-edges in one function before its hot loop is compiled and entered on-stack. */
  osrThreshold?: number;
  /** Write each generated source to this directory. */
  dumpJit?: string;
  /** One trace line per deoptimization. */
  traceDeopt?: boolean;
  /** One trace line per entry into a compiled loop. */
  traceOsr?: boolean;
  /** Every speculation guard of compiled code fails once (tests: every exit path runs). */
  deoptStress?: boolean;
  /** Print the JIT's counters when the program ends. */
  jitStats?: boolean;
  /** Re-parse generated JS with acorn before compiling it. */
  jitVerify?: boolean;
  /** Print each compiled function's JS to the trace sink. */
  printJit?: boolean;
  /** One trace line per compile or bail-out. */
  traceJit?: boolean;
  /** Where traces and VM notices go; default: a sink writing to `stderr`. */
  trace?: TraceSink;
}

/** Guest depth up to which calls enter compiled code. Compiled frames recurse on the JS stack
 *  (measured: about 2000 simple ones fit in Node's default 984 KB stack), so deeper calls run in
 *  interpreter frames, which do not; host recursion (sort keys, dunders) needs the rest. */
const COMPILED_DEPTH_LIMIT = 600;

/** Calls a function's counter is pushed back after a bail-out: it is not tried again. */
const JIT_BACKOFF = -0x3fffffff;

/** Default tier-up thresholds: calls of a function, and back-edges of its loops (the
 *  interpreter's feedback is rich enough by then, and compiling costs about a millisecond). */
export const DEFAULT_JIT_THRESHOLD = 200;
export const DEFAULT_OSR_THRESHOLD = 1000;

export const JIT_DISALLOWED_NOTICE = 'corevm: JIT disabled: code generation from strings is not allowed; running in the interpreter\n';

/** A resource limit of the embedder (not a guest exception): the step budget ran out. */
export class ResourceLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResourceLimitError';
  }
}

/** Safepoints between polls of the interrupt flag and the step budget. */
const SAFEPOINT_INTERVAL = 1024;

/** runMain's status for an uncaught KeyboardInterrupt: CPython then ends by SIGINT, which a
 *  parent sees as -2 (subprocess) or 130 (a shell); the CLI re-raises the signal. */
export const EXIT_INTERRUPTED = -2;

export class VM {
  readonly realm: Realm;
  readonly interpreter: Interpreter;
  readonly jit: Jit | null;
  readonly trace: TraceSink;
  private readonly traceOsr: boolean;
  private stepsLeft: number;
  private readonly sourceCache = new Map<string, string[] | null>();
  /** Set asynchronously (e.g. by a signal handler) to raise KeyboardInterrupt at the next safepoint. */
  interruptRequested = false;

  constructor(options: VMOptions) {
    this.realm = new Realm({
      stdout: options.stdout,
      stderr: options.stderr,
      argv: options.argv ?? [''],
      path: options.path ?? [process.cwd()],
      recursionLimit: options.recursionLimit ?? 1000,
    });
    this.realm.readLine = options.readLine ?? null;
    this.stepsLeft = options.stepBudget && options.stepBudget > 0 ? options.stepBudget : Infinity;
    this.trace = options.trace ?? new StreamTraceSink(options.stderr);
    this.jit = this.createJit(options);
    this.traceOsr = options.traceOsr ?? false;
    const hooks = this.jit === null
      ? { onSafepoint: () => this.safepoint() }
      : {
        onSafepoint: () => this.safepoint(),
        onHotFunction: (fn: PyFunction) => this.tierUp(fn),
        onHotLoop: (frame: Frame, header: number, profile: CodeProfile) => this.enterLoop(frame, header, profile),
        onHotGenerator: (profile: CodeProfile) => this.tierUpGenerator(profile),
      };
    const callThreshold = this.jit === null ? Infinity : options.jitEager ? 1 : (options.jitThreshold ?? DEFAULT_JIT_THRESHOLD);
    const osrThreshold = this.jit === null ? Infinity : (options.osrThreshold ?? DEFAULT_OSR_THRESHOLD);
    const limits = { safepointInterval: SAFEPOINT_INTERVAL, callThreshold, osrThreshold, compiledDepthLimit: COMPILED_DEPTH_LIMIT };
    this.interpreter = new Interpreter(this.realm, hooks, limits);
    this.realm.invoker = this.interpreter;
    this.realm.builtins = createBuiltins();
    this.realm.importHook = (name) => this.importModule(name);
    this.realm.modules.set('sys', createSys(this.realm));
  }

  /** The JIT if it is on and this process allows code generation (else says so once). */
  private createJit(options: VMOptions): Jit | null {
    if (options.jit === 'off') return null;
    if (!codeGenerationAllowed()) {
      this.trace.write(JIT_DISALLOWED_NOTICE);
      return null;
    }
    const jitOptions = {
      verify: options.jitVerify ?? false, print: options.printJit ?? false, trace: options.traceJit ?? false,
      dumpDir: options.dumpJit ?? null, sink: this.trace, compiledDepthLimit: COMPILED_DEPTH_LIMIT,
      traceDeopt: options.traceDeopt ?? false, stress: options.deoptStress ?? false,
    };
    const host = {
      resume: (frame: Frame) => this.interpreter.resumeFrame(frame),
      safepoint: () => this.interpreter.safepoint(),
      invalidated: (code: CodeObject, giveUp: boolean) => {
        const profile = profileOf(code);
        profile.calls = giveUp ? JIT_BACKOFF : 0;
        profile.backedges = giveUp ? JIT_BACKOFF : 0;
        profile.generatorEntry = null;
      },
    };
    return new Jit(this.realm, host, jitOptions);
  }

  /** The hot-function hook: install the compiled entry, or stop counting after a bail-out. */
  private tierUp(fn: PyFunction): void {
    const entry = this.jit!.entryFor(fn);
    if (entry !== null) setEntry(fn, entry);
    else profileOf(fn.code).calls = JIT_BACKOFF;
  }

  /** The hot-generator hook: install the generator's compiled code for its next resumes, or
   *  stop counting after a bail-out. */
  private tierUpGenerator(profile: CodeProfile): void {
    const entry = this.jit!.generatorEntryFor(profile.code);
    if (entry !== null) profile.generatorEntry = entry;
    else profile.calls = JIT_BACKOFF;
  }

  /** The hot-loop hook: run the loop's on-stack entry, or push the counter back. A hot loop
   *  in a generator compiles the generator instead, which its next resume runs. */
  private enterLoop(frame: Frame, header: number, profile: CodeProfile): HotLoopResult {
    if (frame.generator !== null) {
      if (profile.generatorEntry === null) this.tierUpGenerator(profile);
      profile.backedges = JIT_BACKOFF;
      return OSR_DECLINED;
    }
    const entry = frame.namespace === null ? this.jit!.osrEntryFor(frame, header) : null;
    if (entry === null) {
      profile.backedges = JIT_BACKOFF;
      return OSR_DECLINED;
    }
    this.jit!.stats.osrEntries++;
    if (this.traceOsr) {
      const code = frame.code;
      this.trace.write(`[osr] ${code.qualname} (${code.filename.replace(/^.*[\\/]/, '')}:${code.firstLineNo}) enters compiled code at pc ${header} (line ${code.lineAt(header)})\n`);
    }
    const result = entry(frame);
    // Handed back (an exception or a failed guard): count the loop's iterations again
    // (unless the code was given up on).
    if (result === FRAME_HANDED_BACK && profile.backedges > 0) profile.backedges = 0;
    // The frame's values no longer fit the types the loop was compiled for: compile it again
    // when it is hot again.
    if (result === OSR_DECLINED) {
      this.jit!.forgetLoop(frame.code, header);
      profile.backedges = 0;
    }
    return result;
  }

  private safepoint(): void {
    this.stepsLeft -= SAFEPOINT_INTERVAL;
    if (this.stepsLeft <= 0) throw new ResourceLimitError('step budget exhausted');
    if (this.interruptRequested) {
      this.interruptRequested = false;
      throw newException(E['KeyboardInterrupt']!);
    }
  }

  /** Runs `fn` with this VM's realm installed as the current one. */
  private enter<T>(fn: () => T): T {
    const previous = enterRealm(this.realm);
    try {
      return fn();
    } finally {
      enterRealm(previous);
    }
  }

  /** Executes module code as module `name`; guest exceptions propagate as PyBaseException. */
  runModule(code: CodeObject, name = '__main__', file?: string): PyModule {
    return this.enter(() => {
      const module = new PyModule(name);
      module.dict.set('__builtins__', this.realm.builtins as never);
      if (file !== undefined) module.dict.set('__file__', file);
      this.realm.modules.set(name, module);
      try {
        this.interpreter.runBody(code, module.dict, null, null);
      } catch (e) {
        throw toGuestException(e);
      }
      return module;
    });
  }

  /**
   * Runs a program's main module: prints an uncaught exception like CPython and returns the
   * process exit status (0, 1, a SystemExit code, or EXIT_INTERRUPTED).
   */
  runMain(code: CodeObject): number {
    try {
      this.runModule(code, '__main__', code.filename);
      return 0;
    } catch (e) {
      if (e instanceof ResourceLimitError) throw e;
      return this.enter(() => this.reportUncaught(toGuestException(e)));
    } finally {
      this.realm.stdout.flush?.();
    }
  }

  private reportUncaught(exc: PyBaseException): number {
    if (isSubtype(exc.type, E['SystemExit']!)) return this.exitStatus(exc);
    this.realm.stdout.flush?.();
    this.realm.stderr.write(formatException(exc, (file) => this.sourceLines(file)));
    return isSubtype(exc.type, E['KeyboardInterrupt']!) ? EXIT_INTERRUPTED : 1;
  }

  /** SystemExit: None -> 0, an int -> itself, anything else is printed and gives 1. */
  private exitStatus(exc: PyBaseException): number {
    const items = exc.args.items;
    const code = items.length === 0 ? null : items.length === 1 ? items[0]! : exc.args;
    if (code === null) return 0;
    if (typeof code === 'number') return code & 0xff;
    if (typeof code === 'boolean') return code ? 1 : 0;
    this.realm.stdout.flush?.();
    this.realm.stderr.write(`${str(code)}\n`);
    return 1;
  }

  /** Formats an exception as CPython would print it (for embedders and tests). */
  formatException(exc: PyBaseException): string {
    return this.enter(() => formatException(exc, (file) => this.sourceLines(file)));
  }

  sourceLines(file: string): string[] | null {
    let lines = this.sourceCache.get(file);
    if (lines === undefined) {
      try {
        lines = fs.readFileSync(file, 'utf8').split('\n');
      } catch {
        lines = null;
      }
      this.sourceCache.set(file, lines);
    }
    return lines;
  }

  /** Compiles an imported module; a syntax error becomes the guest's SyntaxError. */
  private compileImported(file: string, display: string): CodeObject {
    try {
      return compileModule(fs.readFileSync(file, 'utf8'), display);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      const exc = newException(E[e.pyType]!, e.msg);
      exc.attrs = newAttrDict();
      Object.assign(exc.attrs, { filename: e.filename, lineno: e.lineno, offset: e.offset, text: e.text, msg: e.msg });
      exc.syntaxDetail = formatSyntaxError(e);
      throw exc;
    }
  }

  /** `import name`: built-in modules first, then NAME.py in the search path. Packages are
   *  not supported: a dotted name imports its first part and reports it is not a package. */
  importModule(name: string): PyModule {
    const dot = name.indexOf('.');
    if (dot >= 0) {
      const head = name.slice(0, dot);
      this.importModule(head);
      const error = newException(E['ModuleNotFoundError']!, `No module named '${name}'; '${head}' is not a package`);
      error.attrs = newAttrDict();
      error.attrs['name'] = name;
      throw error;
    }
    const known = this.realm.modules.get(name);
    if (known) return known;
    const factory = BUILTIN_MODULES[name];
    if (factory) {
      const module = factory();
      this.realm.modules.set(name, module);
      return module;
    }
    for (const dir of this.realm.path) {
      const file = path.join(dir, `${name}.py`);
      if (!fs.existsSync(file)) continue;
      const absolute = path.resolve(file);
      return this.runModule(this.compileImported(absolute, absolute), name, absolute);
    }
    const error = newException(E['ModuleNotFoundError']!, `No module named '${name}'`);
    error.attrs = newAttrDict();
    error.attrs['name'] = name;
    throw error;
  }
}

// The tier-0 interpreter: entry points, frames and generators around the dispatch loop
// (dispatch.ts), over canonical frames (src/runtime/frame.ts).
// Guest-to-guest calls push a frame and continue in the same loop (stackless), so guest
// recursion never grows the JS stack; host code re-enters through callFunction, which runs
// a nested activation. Write-back rule: before anything that can throw, call out or suspend,
// `frame.pc` holds the current instruction's pc, so handlers and tracebacks see the right
// place. Calls and back-edges are safepoints that count for tier-up and check interrupts.
// It must not import jit/: the VM wires the tiers together (ARCHITECTURE.md §2).

import type { CodeObject } from '../src/bytecode/code-object.js';
import { OP_LENGTH } from '../src/bytecode/opcode-info.js';
import { CodeFlags, Op } from '../src/bytecode/opcodes.js';
import { bindArguments } from '../src/runtime/arguments.js';
import { newException, raise, toGuestException, typeError } from '../src/runtime/exceptions.js';
import { Frame } from '../src/runtime/frame.js';
import {
  PyBaseException, PyCell, PyDict, PyFunction, PyGenerator, } from '../src/runtime/objects.js';
import {
  truthy,
} from '../src/runtime/protocols.js';
import { type GuestInvoker, type Realm } from '../src/runtime/realm.js';
import { E } from '../src/runtime/types.js';
import { type PyValue } from '../src/runtime/values.js';
import * as rt from '../src/runtime/ops.js';
import { dispatch } from './dispatch.js';
import { profileOf, type CodeProfile } from './profile.js';
import { FRAME_HANDED_BACK, OSR_DECLINED, handback, type HotLoopResult } from '../src/runtime/tiers.js';

/** Hooks the VM installs: tier-up decisions and the safepoint poll. */
export interface InterpreterHooks {
  /** Called when a function's call counter crosses the threshold. */
  onHotFunction?(func: PyFunction): void;
  /** Called when a function's back-edge counter crosses the OSR threshold at a loop header
   *  (the frame's pc and sp are written back): the function's result if compiled code
   *  entered on-stack ran it to the end, FRAME_HANDED_BACK if that code wrote the frame back
   *  for the interpreter to continue, or OSR_DECLINED. The hook sets the counter's backoff. */
  onHotLoop?(frame: Frame, loopHeaderPc: number, profile: CodeProfile): HotLoopResult;
  /** Called when a generator code's resume counter (profile.calls) crosses the call
   *  threshold; may install profile.generatorEntry or push the counter back. */
  onHotGenerator?(profile: CodeProfile): void;
  /** Polled every `safepointInterval` safepoints; may throw (interrupt, budget). */
  onSafepoint?(): void;
}

export interface InterpreterOptions {
  /** Safepoints between polls of hooks.onSafepoint. */
  safepointInterval: number;
  /** Calls of a function (profile.calls, counting from 0) at which hooks.onHotFunction runs;
   *  Infinity = never. The hook may install `fn.entry` or push the counter back (backoff). */
  callThreshold?: number;
  /** Guest depth (realm.depth) below which calls enter compiled code; deeper calls push
   *  interpreter frames, because compiled frames recurse on the JS stack and these do not. */
  compiledDepthLimit?: number;
  /** Back-edges of one function (profile.backedges) at which hooks.onHotLoop runs; Infinity = never. */
  osrThreshold?: number;
}

export class Interpreter implements GuestInvoker {
  /** The innermost running frame, for tracebacks of host-raised errors. */
  current: Frame | null = null;
  readonly callThreshold: number;
  readonly osrThreshold: number;
  readonly compiledDepthLimit: number;

  constructor(
    readonly realm: Realm,
    readonly hooks: InterpreterHooks,
    private readonly options: InterpreterOptions,
  ) {
    realm.ticks = options.safepointInterval;
    this.osrThreshold = options.osrThreshold ?? Infinity;
    this.callThreshold = options.callThreshold ?? Infinity;
    this.compiledDepthLimit = options.compiledDepthLimit ?? 0;
  }

  // ---------------------------------------------------------------------------------------
  // Entry points (GuestInvoker)

  callFunction(fn: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue {
    if (fn.entry === null && (fn.code.flags & CodeFlags.GENERATOR) === 0) this.countCall(profileOf(fn.code), fn);
    if (fn.entry !== null && this.realm.depth < this.compiledDepthLimit) return fn.entry(fn, args, 0, args.length, kwnames);
    const frame = this.newFrame(fn, args, 0, args.length, kwnames);
    if ((fn.code.flags & CodeFlags.GENERATOR) !== 0) return this.makeGenerator(frame);
    return this.runActivation(frame);
  }

  /** Runs a frame built elsewhere (a compiled function's exit) from its pc to its return. */
  resumeFrame(frame: Frame): PyValue {
    return this.runActivation(frame);
  }

  runBody(code: CodeObject, globals: PyDict, namespace: PyDict | null, closure: PyValue[] | null): PyValue {
    const frame = new Frame(code, globals, this.realm.builtins, null);
    frame.namespace = namespace;
    frame.cells = this.makeCells(code, frame, closure as PyCell[] | null);
    return this.runActivation(frame);
  }

  localNames(): string[] {
    const f = this.current;
    if (f === null) return [];
    const ns = f.namespace ?? (f.func === null ? f.globals : null);
    if (ns !== null) return ns.table.liveKeys().filter((k): k is string => typeof k === 'string');
    return f.code.varnames.filter((_, i) => f.locals[i] !== undefined);
  }

  currentLine(): { code: CodeObject; line: number } | null {
    const f = this.current;
    return f ? { code: f.code, line: f.code.lineAt(f.pc) } : null;
  }

  resumeGenerator(gen: PyGenerator, mode: 'send' | 'throw', value: PyValue): { value: PyValue; done: boolean } {
    if (gen.running) raise('ValueError', 'generator already executing');
    if (gen.finished) {
      if (mode === 'throw') throw value;
      return { value: null, done: true };
    }
    const frame = gen.frame as Frame;
    let pending: PyBaseException | null = null;
    if (!gen.started) {
      if (mode === 'send' && value !== null) typeError("can't send non-None value to a just-started generator");
      gen.started = true;
      if (mode === 'throw') pending = value as PyBaseException;
    } else if (mode === 'throw') {
      const delegated = this.throwIntoDelegate(frame, value as PyBaseException);
      if (delegated.kind === 'yield') return { value: delegated.value, done: false };
      if (delegated.kind === 'raise') pending = delegated.exc;
    } else {
      frame.stack[frame.sp++] = value;
      frame.pc += OP_LENGTH[Op.YIELD_VALUE];
    }
    return this.runGenerator(gen, frame, pending);
  }

  /** next(gen) for iteration: the yielded value, or undefined when the generator returns (its
   *  return value is dropped, as a for loop drops StopIteration's). resumeGenerator's 'send'
   *  of None without the result record, on the path every for loop and sum() takes. */
  nextFromGenerator(gen: PyGenerator): PyValue | undefined {
    if (gen.running) raise('ValueError', 'generator already executing');
    if (gen.finished) return undefined;
    const frame = gen.frame as Frame;
    if (!gen.started) gen.started = true;
    else {
      frame.stack[frame.sp++] = null;
      frame.pc += OP_LENGTH[Op.YIELD_VALUE];
    }
    gen.running = true;
    try {
      const result = this.runSuspended(frame, null);
      if (frame.yielded) {
        frame.yielded = false;
        return result;
      }
      gen.finished = true;
      return undefined;
    } catch (e) {
      gen.finished = true;
      throw rt.generatorRaised(toGuestException(e));
    } finally {
      gen.running = false;
    }
  }

  private runGenerator(gen: PyGenerator, frame: Frame, pending: PyBaseException | null): { value: PyValue; done: boolean } {
    gen.running = true;
    try {
      const result = this.runSuspended(frame, pending);
      if (frame.yielded) {
        frame.yielded = false;
        return { value: result, done: false };
      }
      gen.finished = true;
      return { value: result, done: true };
    } catch (e) {
      gen.finished = true;
      throw rt.generatorRaised(toGuestException(e));
    } finally {
      gen.running = false;
    }
  }

  /** Runs a generator's frame from where it stands to its next yield or its end: through its
   *  compiled code if it has some (which may hand the frame back part-way, or decline a frame
   *  suspended where it is not compiled), else in the dispatch loop. */
  private runSuspended(frame: Frame, pending: PyBaseException | null): PyValue {
    const profile = profileOf(frame.code);
    if (profile.generatorEntry === null) this.countResume(profile);
    const entry = pending === null ? profile.generatorEntry : null;
    if (entry === null) return this.runActivation(frame, pending);
    this.pushFrame();
    let result: HotLoopResult;
    try {
      result = entry(frame);
    } finally {
      this.realm.depth--;
    }
    if (result === OSR_DECLINED) return this.runActivation(frame, null);
    if (result !== FRAME_HANDED_BACK) return result;
    const exc = handback.exception;
    handback.exception = null;
    return this.runActivation(frame, exc, handback.reraise);
  }

  /** Counts a generator's resume for tier-up (a generator's calls are its resumes). */
  countResume(profile: CodeProfile): void {
    if (++profile.calls >= this.callThreshold && this.hooks.onHotGenerator) this.hooks.onHotGenerator(profile);
  }

  /**
   * gen.throw() while suspended in `yield from`: the exception goes to the delegate first
   * (PEP 380). The frame is suspended at the YIELD_VALUE right after SEND, with the delegate
   * on top of its stack. Returns what the delegate did: yielded again, returned (the frame
   * then continues at SEND's target with the value), or raised (into this frame).
   */
  private throwIntoDelegate(frame: Frame, exc: PyBaseException):
    { kind: 'yield'; value: PyValue } | { kind: 'raise'; exc: PyBaseException } | { kind: 'returned' } {
    const words = frame.code.code;
    const pc = frame.pc;
    if (pc < 2 || words[pc - 2] !== Op.SEND || words[pc] !== Op.YIELD_VALUE) return { kind: 'raise', exc };
    const delegate = frame.stack[frame.sp - 1]!;
    const outcome = rt.throwIntoIterator(delegate, exc);
    if (outcome.kind !== 'returned') return outcome;
    frame.stack[frame.sp - 1] = outcome.value;
    frame.pc = words[pc - 1]!;
    return { kind: 'returned' };
  }

  // ---------------------------------------------------------------------------------------
  // Frames

  newFrame(fn: PyFunction, args: ArrayLike<PyValue>, start: number, count: number, kwnames: readonly string[] | null): Frame {
    const code = fn.code;
    const pooled = (code.flags & CodeFlags.GENERATOR) === 0 ? profileOf(code).framePool.pop() : undefined;
    let frame: Frame;
    if (pooled !== undefined) {
      frame = pooled;
      frame.reuse(fn.globals, this.realm.builtins, fn);
    } else {
      frame = new Frame(code, fn.globals, this.realm.builtins, fn);
    }
    const simple = kwnames === null && count === code.argCount && (code.flags & (CodeFlags.VARARGS | CodeFlags.VARKEYWORDS)) === 0 && code.kwOnlyArgCount === 0;
    if (simple) {
      const locals = frame.locals;
      for (let i = 0; i < count; i++) locals[i] = args[start + i];
    } else {
      bindArguments(fn, frame.locals, args, start, count, kwnames);
    }
    if (code.cellvars.length > 0 || code.freevars.length > 0) frame.cells = this.makeCells(code, frame, fn.closure);
    return frame;
  }

  private makeCells(code: CodeObject, frame: Frame, closure: PyCell[] | null): PyCell[] {
    return rt.makeCells(code, frame.locals, closure);
  }

  private makeGenerator(frame: Frame): PyGenerator {
    const gen = new PyGenerator(frame, frame.code);
    frame.generator = gen;
    return gen;
  }

  /** Runs `entry` (and every guest frame it calls) until it returns or yields. */
  private runActivation(entry: Frame, pending: PyBaseException | null = null, reraise = false): PyValue {
    const realm = this.realm;
    if (++realm.depth > realm.recursionLimit) {
      realm.depth--;
      throw newException(E['RecursionError']!, 'maximum recursion depth exceeded');
    }
    const outer = this.current;
    entry.back = outer;
    try {
      return dispatch(this, entry, pending, reraise);
    } finally {
      this.current = outer;
    }
  }

  /** Prepares a suspended or new generator's frame to run on top of `caller` (FOR_ITER). */
  enterGenerator(gen: PyGenerator, caller: Frame): Frame {
    const g = gen.frame as Frame;
    const realm = this.realm;
    if (++realm.depth > realm.recursionLimit) {
      realm.depth--;
      throw newException(E['RecursionError']!, 'maximum recursion depth exceeded');
    }
    const profile = profileOf(gen.code);
    if (profile.generatorEntry === null) this.countResume(profile);
    if (gen.started) {
      g.stack[g.sp++] = null;
      g.pc += OP_LENGTH[Op.YIELD_VALUE]!;
    } else {
      gen.started = true;
    }
    gen.running = true;
    g.back = caller;
    return g;
  }

  pushFrame(): void {
    const realm = this.realm;
    if (++realm.depth > realm.recursionLimit) {
      realm.depth--;
      throw newException(E['RecursionError']!, 'maximum recursion depth exceeded');
    }
  }

  /** Counts a call for tier-up: the hook runs once the counter reaches the threshold. */
  countCall(profile: { calls: number }, fn: PyFunction): void {
    if (++profile.calls >= this.callThreshold && this.hooks.onHotFunction) this.hooks.onHotFunction(fn);
  }

  /** A loop of `frame` is hot: offers it to the hook (see InterpreterHooks.onHotLoop). */
  hotLoop(frame: Frame, profile: CodeProfile, headerPc: number): HotLoopResult {
    return this.hooks.onHotLoop === undefined ? OSR_DECLINED : this.hooks.onHotLoop(frame, headerPc, profile);
  }

  truthAt(frame: Frame, pc: number, v: PyValue): boolean {
    frame.pc = pc;
    return truthy(v);
  }

  safepoint(): void {
    this.realm.ticks = this.options.safepointInterval;
    this.hooks.onSafepoint?.();
  }
}

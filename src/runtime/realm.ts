// Realm: the state of one running VM that the runtime needs (builtins, modules, output
// streams, recursion depth, the exception being handled) and the hooks through which host
// code re-enters guest code. Runtime helpers read the realm of the VM that is executing;
// VM.run() installs it, like engine262's surrounding agent. Nothing else is process-global
// except the immutable built-in classes.

import type { CodeObject } from '../bytecode/code-object.js';
import type { PyBaseException, PyDict, PyFunction, PyGenerator, PyModule } from './objects.js';
import type { PyValue } from './values.js';

/** How host code calls back into guest code; implemented by the interpreter, wired by the VM. */
export interface GuestInvoker {
  callFunction(fn: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue;
  /** Resumes a generator: 'send' a value or 'throw' an exception into it. Returns the yielded
   *  value, or undefined when the generator returned (its value is in `returnValue`). */
  resumeGenerator(gen: PyGenerator, mode: 'send' | 'throw', value: PyValue): { value: PyValue; done: boolean };
  /** Resumes a generator as next() does: the yielded value, or undefined when it returned. */
  nextFromGenerator(gen: PyGenerator): PyValue | undefined;
  /** Runs a module or class body code with the given namespaces. */
  runBody(code: CodeObject, globals: PyDict, namespace: PyDict | null, closure: PyValue[] | null): PyValue;
  /** Names bound in the innermost guest frame's local scope (dir() without arguments). */
  localNames(): string[];
  /** The guest call stack for tracebacks of host-raised errors: innermost last. */
  currentLine(): { code: CodeObject; line: number } | null;
}

export interface OutputStream {
  write(text: string): void;
  flush?(): void;
}

export interface RealmOptions {
  stdout: OutputStream;
  stderr: OutputStream;
  argv: string[];
  /** Directory searched for the program's own modules. */
  path: string[];
  recursionLimit: number;
}

export class Realm {
  readonly modules = new Map<string, PyModule>();
  builtins!: PyDict;
  invoker!: GuestInvoker;
  stdout: OutputStream;
  stderr: OutputStream;
  argv: string[];
  path: string[];
  recursionLimit: number;
  /** Active guest frames across all nested interpreter activations. */
  depth = 0;
  /** Countdown to the next safepoint poll (calls and loop back-edges of both tiers). */
  ticks = 1024;
  /** The exception currently being handled (sys.exc_info()). */
  handledException: PyBaseException | null = null;
  /** Objects whose repr is in progress, to print '[...]' for cycles. */
  readonly reprActive = new Set<unknown>();
  /** Reads one line of standard input without its newline; null at end of input. */
  readLine: (() => string | null) | null = null;
  /** Module loader for `import`, installed by the VM. */
  importHook: ((name: string) => PyModule) | null = null;

  constructor(options: RealmOptions) {
    this.stdout = options.stdout;
    this.stderr = options.stderr;
    this.argv = options.argv;
    this.path = options.path;
    this.recursionLimit = options.recursionLimit;
  }
}

/** The realm of the VM currently executing. */
export let realm: Realm;

export function enterRealm(r: Realm): Realm {
  const previous = realm;
  realm = r;
  return previous;
}

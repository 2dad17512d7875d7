// The trace sink (ARCHITECTURE.md §9): every diagnostic line of the VM (--trace-jit,
// --print-jit, the "JIT disabled" notice) goes through one of these, never console.log.
// Callers test the VM's flags before formatting anything, so tracing that is off costs nothing.

import type { OutputStream } from '../runtime/realm.js';

export interface TraceSink {
  /** Writes one or more whole lines (the text ends with a newline). */
  write(text: string): void;
}

/** Writes to a stream (the CLI passes its stderr). */
export class StreamTraceSink implements TraceSink {
  constructor(private readonly stream: OutputStream) {}

  write(text: string): void {
    this.stream.write(text);
  }
}

/** Keeps the lines in memory, for tests. */
export class MemoryTraceSink implements TraceSink {
  readonly lines: string[] = [];

  write(text: string): void {
    this.lines.push(...text.replace(/\n$/, '').split('\n'));
  }

  get text(): string {
    return this.lines.join('\n');
  }
}

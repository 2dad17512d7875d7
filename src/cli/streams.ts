// Synchronous, buffered output to a file descriptor for the CLI. Guest print() calls append
// to a buffer that is written in large chunks (and always before the process exits, before
// anything goes to stderr, and before reading stdin), so output order matches CPython's.

import * as fs from 'node:fs';
import type { OutputStream } from '../runtime/realm.js';

const FLUSH_AT = 1 << 16;

export class FdStream implements OutputStream {
  private chunks: string[] = [];
  private size = 0;

  /** `before` is flushed before each write (stdout before stderr). */
  constructor(
    private readonly fd: number,
    private readonly before: FdStream | null = null,
  ) {}

  write(text: string): void {
    if (this.before !== null) {
      this.before.flush();
      writeAll(this.fd, text);
      return;
    }
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.chunks.length === 0) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    writeAll(this.fd, text);
  }
}

/** fs.writeSync until everything is written; retries when a non-blocking pipe is full. */
function writeAll(fd: number, text: string): void {
  const data = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < data.length) {
    try {
      offset += fs.writeSync(fd, data, offset);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EPIPE') return;
      throw e;
    }
  }
}

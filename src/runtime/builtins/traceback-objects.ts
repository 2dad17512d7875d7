// Traceback and frame objects as an exception's __traceback__ shows them: a chain of
// `traceback` objects from the frame that caught it (tb_next towards the raise point) with
// tb_lineno and tb_frame, whose frame has f_code and f_lineno. They are snapshots built from the
// exception's recorded entries, not live frames (no f_locals, no f_back).

import { raise } from '../exceptions.js';
import { PyBaseException, type TracebackEntry } from '../objects.js';
import { nativeClass } from '../modules/module-util.js';
import { PyObject, type PyValue } from '../values.js';
import { defGetter } from './define.js';

const TRACEBACK = nativeClass('traceback', 'builtins');
const FRAME = nativeClass('frame', 'builtins');

class PyTraceback extends PyObject {
  constructor(readonly entry: TracebackEntry, readonly next: PyTraceback | null, readonly frame: PyFrameSnapshot) {
    super();
    this.type = TRACEBACK;
  }
}

class PyFrameSnapshot extends PyObject {
  constructor(readonly entry: TracebackEntry) {
    super();
    this.type = FRAME;
  }
}

/** The chain last handed out per exception, kept while its entries are unchanged, so that
 *  `e.__traceback__ is e.__traceback__`. */
const built = new WeakMap<PyBaseException, { length: number; head: PyTraceback }>();

/** exc.__traceback__: None before it was raised. Entries run from the raise point outwards. */
export function tracebackOf(exc: PyBaseException): PyValue {
  const entries = exc.traceback;
  if (entries.length === 0) return null;
  const cached = built.get(exc);
  if (cached !== undefined && cached.length === entries.length) return cached.head;
  let head: PyTraceback | null = null;
  for (const entry of entries) head = new PyTraceback(entry, head, new PyFrameSnapshot(entry));
  built.set(exc, { length: entries.length, head: head! });
  return head;
}

/** exc.__traceback__ = tb (None clears it). */
export function setTraceback(exc: PyBaseException, tb: PyValue): void {
  if (tb !== null && !(tb instanceof PyTraceback)) raise('TypeError', '__traceback__ must be a traceback or None');
  const entries: TracebackEntry[] = [];
  for (let t = tb as PyTraceback | null; t !== null; t = t.next) entries.unshift(t.entry);
  exc.traceback = entries;
  built.delete(exc);
}

export function defineTracebackObjects(): void {
  const tb = (o: PyValue): PyTraceback => o as PyTraceback;
  defGetter(TRACEBACK, 'tb_next', (o) => tb(o).next);
  defGetter(TRACEBACK, 'tb_lineno', (o) => tb(o).entry.line);
  defGetter(TRACEBACK, 'tb_frame', (o) => tb(o).frame);
  const frame = (o: PyValue): PyFrameSnapshot => o as PyFrameSnapshot;
  defGetter(FRAME, 'f_code', (o) => frame(o).entry.code as unknown as PyValue);
  defGetter(FRAME, 'f_lineno', (o) => frame(o).entry.line);
}

// io.BytesIO: an in-memory binary stream over a growable Uint8Array, with the same position,
// overwrite and closed-file behaviour as CPython's Modules/_io/bytesio.c; also the argument
// checks both in-memory streams share.

import { newException, raise, typeError, typeName } from '../exceptions.js';
import type { AttrDict } from '../objects.js';
import { getIter, iterNext, lookupType } from '../protocols.js';
import type { PyType } from '../type-object.js';
import { E, typeOf } from '../types.js';
import { PyBytes, PyList, PyObject, type PyValue } from '../values.js';
import { bindNative, defGetter, defMethods, defStatic } from '../builtins/define.js';
import { nativeClass, toSmallInt, type Kw } from './module-util.js';

export class PyBytesIO extends PyObject {
  data = new Uint8Array(16);
  size = 0;
  pos = 0;
  closed = false;
  attrs: AttrDict | null = null;
  constructor(type: PyType) {
    super();
    this.type = type;
  }
}

/** Checks the stream is open. CPython's StringIO words it without the final period. */
export function checkOpen(closed: boolean, period = '.'): void {
  if (closed) raise('ValueError', `I/O operation on closed file${period}`);
}

/** A size argument: None or an int; negative means "all". */
export function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === null) return -1;
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && lookupType(typeOf(v), '__index__') === undefined) {
    typeError(`argument should be integer or None, not '${typeName(v)}'`);
  }
  return toSmallInt(v);
}

interface Closable {
  closed: boolean;
}

/** The methods every in-memory stream shares: close/flush, the capability queries, the
 *  context manager and iterator protocols, and `closed`. */
export function defineStreamBasics(cls: PyType, period: string): void {
  const s = (o: PyValue): Closable => o as unknown as Closable;
  const open = (o: PyValue): void => checkOpen(s(o).closed, period);
  defMethods(cls, {
    close: (o) => ((s(o).closed = true), null),
    flush: (o) => (open(o), null),
    readable: (o) => (open(o), true),
    writable: (o) => (open(o), true),
    seekable: (o) => (open(o), true),
    isatty: (o) => (open(o), false),
    __enter__: (o) => (open(o), o),
    __exit__: (o) => ((s(o).closed = true), null),
    __iter__: (o) => (open(o), o),
  });
  defGetter(cls, 'closed', (o) => s(o).closed);
}

function bytesOf(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  const data = (v as { data?: unknown } | null)?.data;
  if (data instanceof Uint8Array) return data;
  return typeError(`a bytes-like object is required, not '${typeName(v)}'`);
}

function write(f: PyBytesIO, v: PyValue): number {
  checkOpen(f.closed);
  const bytes = bytesOf(v);
  const end = f.pos + bytes.length;
  if (end > f.data.length) {
    const grown = new Uint8Array(Math.max(end, f.data.length * 2));
    grown.set(f.data.subarray(0, f.size));
    f.data = grown;
  }
  if (f.pos > f.size) f.data.fill(0, f.size, f.pos);
  f.data.set(bytes, f.pos);
  f.pos = end;
  f.size = Math.max(f.size, end);
  return bytes.length;
}

function take(f: PyBytesIO, end: number): PyBytes {
  checkOpen(f.closed);
  end = Math.min(end, f.size);
  const out = f.pos < end ? f.data.slice(f.pos, end) : new Uint8Array(0);
  f.pos = Math.max(f.pos, end);
  return new PyBytes(out);
}

function readlineEnd(f: PyBytesIO, size: number): number {
  const nl = f.data.subarray(0, f.size).indexOf(10, f.pos);
  const end = nl < 0 ? f.size : nl + 1;
  return size >= 0 ? Math.min(end, f.pos + size) : end;
}

function seek(f: PyBytesIO, args: PyValue[], kwnames: Kw): number {
  const [posArg, whenceArg] = bindNative('seek', args, kwnames, ['pos', 'whence'], 1);
  checkOpen(f.closed);
  let pos = toSmallInt(posArg!);
  const whence = whenceArg === undefined ? 0 : toSmallInt(whenceArg);
  if (whence < 0 || whence > 2) raise('ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
  if (whence === 0 && pos < 0) raise('ValueError', `negative seek value ${pos}`);
  if (whence === 1) pos += f.pos;
  if (whence === 2) pos += f.size;
  f.pos = Math.max(0, pos);
  return f.pos;
}

export function defineBytesIO(): PyType {
  const cls = nativeClass('BytesIO', '_io');
  const self = (o: PyValue): PyBytesIO => o as PyBytesIO;
  defStatic(cls, '__new__', (args) => {
    const f = new PyBytesIO(args[0] as PyType);
    if (args[0] !== cls) f.attrs = Object.create(null) as AttrDict;
    return f;
  });
  defMethods(cls, {
    __init__(o, args, kwnames) {
      const [initial] = bindNative('BytesIO', args, kwnames, ['initial_bytes']);
      self(o).size = 0;
      self(o).pos = 0;
      if (initial !== undefined && initial !== null) {
        write(self(o), initial);
        self(o).pos = 0;
      }
      return null;
    },
    write: (o, args) => write(self(o), args[0]!),
    writelines(o, args) {
      const it = getIter(args[0]!);
      for (let v = iterNext(it); v !== undefined; v = iterNext(it)) write(self(o), v);
      return null;
    },
    read(o, args) {
      const n = sizeArg(args[0]);
      return take(self(o), n < 0 ? self(o).size : self(o).pos + n);
    },
    readline: (o, args) => take(self(o), readlineEnd(self(o), sizeArg(args[0]))),
    readlines(o) {
      const lines: PyValue[] = [];
      while (self(o).pos < self(o).size) lines.push(take(self(o), readlineEnd(self(o), -1)));
      return new PyList(lines);
    },
    getvalue: (o) => (checkOpen(self(o).closed), new PyBytes(self(o).data.slice(0, self(o).size))),
    tell: (o) => (checkOpen(self(o).closed), self(o).pos),
    seek: (o, args, kw) => seek(self(o), args, kw),
    truncate(o, args) {
      checkOpen(self(o).closed);
      const size = args.length > 0 && args[0] !== null ? toSmallInt(args[0]!) : self(o).pos;
      if (size < 0) raise('ValueError', `negative size value ${size}`);
      self(o).size = Math.min(self(o).size, size);
      return size;
    },
    __next__(o) {
      const line = take(self(o), readlineEnd(self(o), -1));
      if (line.data.length === 0) throw newException(E['StopIteration']!);
      return line;
    },
  });
  defineStreamBasics(cls, '.');
  return cls;
}

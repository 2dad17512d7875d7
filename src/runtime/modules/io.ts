// The io module's in-memory streams (https://docs.python.org/3.11/library/io.html): StringIO
// with CPython's newline handling, positions counted in code points, overwrite-in-place
// writes and its error messages (Modules/_io/stringio.c); BytesIO lives in io-bytes.ts.
// StringIO objects have a `write` method, so print(..., file=buf) works through protocols.

import { newException, raise, typeError, typeName } from '../exceptions.js';
import { PyModule, type AttrDict } from '../objects.js';
import { getIter, iterNext } from '../protocols.js';
import type { PyType } from '../type-object.js';
import { E, newClass } from '../types.js';
import { PyList, PyObject, type PyValue } from '../values.js';
import { bindNative, defGetter, defMethods, defStatic } from '../builtins/define.js';
import { checkOpen, defineBytesIO, defineStreamBasics, sizeArg } from './io-bytes.js';
import { nativeClass, oneArg, toSmallInt, type Kw } from './module-util.js';

export class PyStringIO extends PyObject {
  buf = '';
  /** Position in UTF-16 units. */
  pos = 0;
  closed = false;
  newline: string | null = '\n';
  /** True once the buffer may hold surrogate pairs (code points != UTF-16 units). */
  astral = false;
  attrs: AttrDict | null = null;
  constructor(type: PyType) {
    super();
    this.type = type;
  }
}

/** A code-point position as a UTF-16 position (positions past the end stay past it). */
function cpToUnits(s: string, cp: number): number {
  let units = 0;
  let i = 0;
  for (; i < cp && units < s.length; i++) units += s.codePointAt(units)! > 0xffff ? 2 : 1;
  return units + (cp - i);
}

function unitsToCp(s: string, units: number): number {
  return [...s.slice(0, Math.min(units, s.length))].length + Math.max(0, units - s.length);
}

function tell(f: PyStringIO): number {
  return f.astral ? unitsToCp(f.buf, f.pos) : f.pos;
}

function translateWrite(f: PyStringIO, s: string): string {
  if (f.newline === null) return s.replace(/\r\n?/g, '\n');
  if (f.newline === '\r' || f.newline === '\r\n') return s.replace(/\n/g, f.newline);
  return s;
}

function write(f: PyStringIO, text: PyValue): number {
  checkOpen(f.closed, '');
  if (typeof text !== 'string') typeError(`string argument expected, got '${typeName(text)}'`);
  const s = translateWrite(f, text);
  if (/[\ud800-\udfff]/.test(s)) f.astral = true;
  if (f.pos === f.buf.length) f.buf += s;
  else {
    const head = f.pos > f.buf.length ? f.buf + '\0'.repeat(f.pos - f.buf.length) : f.buf.slice(0, f.pos);
    f.buf = head + s + f.buf.slice(f.pos + s.length);
  }
  f.pos += s.length;
  return [...text].length;
}

function read(f: PyStringIO, size: number): string {
  checkOpen(f.closed, '');
  const end = size < 0 ? f.buf.length : Math.min(f.buf.length, f.astral ? cpToUnits(f.buf, tell(f) + size) : f.pos + size);
  const out = f.pos < end ? f.buf.slice(f.pos, end) : '';
  f.pos = Math.max(f.pos, end);
  return out;
}

/** The end (exclusive, UTF-16) of the line starting at f.pos, per the newline mode. */
function lineEnd(f: PyStringIO): number {
  const { buf, pos } = f;
  if (f.newline === '') {
    const m = /\r\n|\r|\n/g;
    m.lastIndex = pos;
    const hit = m.exec(buf);
    return hit === null ? buf.length : hit.index + hit[0].length;
  }
  const term = f.newline === null ? '\n' : f.newline;
  const i = buf.indexOf(term, pos);
  return i < 0 ? buf.length : i + term.length;
}

function readline(f: PyStringIO, size: number): string {
  checkOpen(f.closed, '');
  if (f.pos >= f.buf.length) return '';
  let end = lineEnd(f);
  if (size >= 0) end = Math.min(end, f.astral ? cpToUnits(f.buf, tell(f) + size) : f.pos + size);
  const line = f.buf.slice(f.pos, end);
  f.pos = end;
  return line;
}

function seek(f: PyStringIO, args: PyValue[], kwnames: Kw): number {
  const [posArg, whenceArg] = bindNative('seek', args, kwnames, ['pos', 'whence'], 1);
  checkOpen(f.closed, '');
  const pos = toSmallInt(posArg!);
  const whence = whenceArg === undefined ? 0 : toSmallInt(whenceArg);
  if (whence < 0 || whence > 2) raise('ValueError', `Invalid whence (${whence}, should be 0, 1 or 2)`);
  if (whence === 0 && pos < 0) raise('ValueError', `Negative seek position ${pos}`);
  if (whence === 1 && pos !== 0) raise('OSError', "Can't do nonzero cur-relative seeks");
  if (whence === 2 && pos !== 0) raise('OSError', "Can't do nonzero end-relative seeks");
  if (whence === 0) f.pos = f.astral ? cpToUnits(f.buf, pos) : pos;
  if (whence === 2) f.pos = f.buf.length;
  return tell(f);
}

function truncate(f: PyStringIO, args: PyValue[], kwnames: Kw): number {
  const [sizeArgValue] = bindNative('truncate', args, kwnames, ['pos']);
  checkOpen(f.closed, '');
  const size = sizeArgValue === undefined || sizeArgValue === null ? tell(f) : toSmallInt(sizeArgValue);
  if (size < 0) raise('ValueError', `Negative size value ${size}`);
  const units = f.astral ? cpToUnits(f.buf, size) : size;
  if (units < f.buf.length) f.buf = f.buf.slice(0, units);
  return size;
}

function stringIOInit(self: PyValue, args: PyValue[], kwnames: Kw): PyValue {
  const [initial, newline] = bindNative('StringIO', args, kwnames, ['initial_value', 'newline']);
  const f = self as PyStringIO;
  if (newline !== undefined && newline !== null && typeof newline !== 'string') typeError(`newline must be str or None, not ${typeName(newline)}`);
  if (typeof newline === 'string' && !['', '\n', '\r', '\r\n'].includes(newline)) raise('ValueError', `illegal newline value: ${newline}`);
  f.newline = newline === undefined ? '\n' : newline;
  if (initial !== undefined && initial !== null && typeof initial !== 'string') typeError(`initial_value must be str or None, not ${typeName(initial)}`);
  f.buf = '';
  f.pos = 0;
  if (typeof initial === 'string' && initial !== '') {
    write(f, initial);
    f.pos = 0;
  }
  return null;
}

function defineStringIO(): PyType {
  const cls = nativeClass('StringIO', '_io');
  const self = (o: PyValue): PyStringIO => o as PyStringIO;
  defStatic(cls, '__new__', (args) => {
    const f = new PyStringIO(args[0] as PyType);
    if (args[0] !== cls) f.attrs = Object.create(null) as AttrDict;
    return f;
  });
  defMethods(cls, {
    __init__: stringIOInit,
    write: (o, args, kwnames) => (oneArg('StringIO.write', args, kwnames), write(self(o), args[0]!)),
    writelines(o, args) {
      const it = getIter(args[0]!);
      for (let line = iterNext(it); line !== undefined; line = iterNext(it)) write(self(o), line);
      return null;
    },
    read: (o, args) => read(self(o), sizeArg(args[0])),
    readline: (o, args) => readline(self(o), sizeArg(args[0])),
    readlines(o, args) {
      const hint = sizeArg(args[0]);
      const lines: PyValue[] = [];
      let total = 0;
      for (let line = readline(self(o), -1); line !== ''; line = readline(self(o), -1)) {
        lines.push(line);
        total += line.length;
        if (hint > 0 && total >= hint) break;
      }
      return new PyList(lines);
    },
    getvalue: (o) => (checkOpen(self(o).closed, ''), self(o).buf),
    tell: (o) => (checkOpen(self(o).closed, ''), tell(self(o))),
    seek: (o, args, kw) => seek(self(o), args, kw),
    truncate: (o, args, kw) => truncate(self(o), args, kw),
    __next__(o) {
      const line = readline(self(o), -1);
      if (line === '') throw newException(E['StopIteration']!);
      return line;
    },
  });
  defineStreamBasics(cls, '');
  defGetter(cls, 'line_buffering', () => false);
  defGetter(cls, 'newlines', () => null);
  return cls;
}

export function create(): PyModule {
  const module = new PyModule('io');
  module.dict.set('StringIO', defineStringIO());
  module.dict.set('BytesIO', defineBytesIO());
  const unsupported = newClass('UnsupportedOperation', [E['OSError']!, E['ValueError']!])!;
  unsupported.module = 'io';
  module.dict.set('UnsupportedOperation', unsupported);
  module.dict.set('DEFAULT_BUFFER_SIZE', 8192);
  module.dict.set('SEEK_SET', 0);
  module.dict.set('SEEK_CUR', 1);
  module.dict.set('SEEK_END', 2);
  return module;
}

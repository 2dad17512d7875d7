// Text files and the standard streams: open() for reading and writing text files in the
// working directory, and the sys.stdout / sys.stderr objects. A file opened for writing is
// written when it is flushed or closed (or at exit), never left half-written by the VM itself.

import * as fs from 'node:fs';
import { newException, raise, typeError, typeName } from '../exceptions.js';
import { PyBuiltinFunction, type PyDict } from '../objects.js';
import { call, str, toArray } from '../protocols.js';
import type { OutputStream } from '../realm.js';
import { PyType } from '../type-object.js';
import { E, T } from '../types.js';
import { PyList, PyObject, type PyValue } from '../values.js';
import { arity, bindNative, defGetter, defMethods } from './define.js';

export class PyTextFile extends PyObject {
  closed = false;
  /** Unread text (read mode) or pending text (write mode). */
  buffer = '';
  position = 0;
  /** sys.stdin: the next input line (without its newline), null at end of input. */
  source: (() => string | null) | null = null;
  constructor(
    readonly name: string,
    readonly mode: string,
    /** Standard stream behind this object, if any. */
    readonly stream: OutputStream | null,
  ) {
    super();
  }
}

/** Appends the next input line to a sys.stdin buffer; false at end of input. */
function pull(f: PyTextFile): boolean {
  const line = f.source?.() ?? null;
  if (line === null) {
    f.source = null;
    return false;
  }
  f.buffer = f.buffer.slice(f.position) + line + '\n';
  f.position = 0;
  return true;
}

/** Makes sure the buffer holds a whole line (or everything, with `all`) if input has it. */
function fillFor(f: PyTextFile, all: boolean): void {
  while (f.source !== null && (all || f.buffer.indexOf('\n', f.position) < 0) && pull(f));
}

export const TextIOWrapper = new PyType('TextIOWrapper');
TextIOWrapper.type = T.type;
TextIOWrapper.bases = [T.object];
TextIOWrapper.mro = [TextIOWrapper, T.object];
TextIOWrapper.base = T.object;
TextIOWrapper.module = '_io';
PyTextFile.prototype.type = TextIOWrapper;

function checkOpen(f: PyTextFile): void {
  if (f.closed) raise('ValueError', 'I/O operation on closed file.');
}

function flushFile(f: PyTextFile): void {
  if (f.stream !== null) {
    f.stream.flush?.();
    return;
  }
  if (f.mode.includes('r') || f.buffer === '') return;
  fs.appendFileSync(f.name, f.buffer);
  f.buffer = '';
}

function readLineFrom(f: PyTextFile): string {
  const nl = f.buffer.indexOf('\n', f.position);
  const end = nl < 0 ? f.buffer.length : nl + 1;
  const line = f.buffer.slice(f.position, end);
  f.position = end;
  return line;
}

function defineFileMethods(): void {
  const self = (o: PyValue): PyTextFile => o as PyTextFile;
  defMethods(TextIOWrapper, {
    write(o, args, kw) {
      arity('write', args, kw, 1);
      const f = self(o);
      checkOpen(f);
      const text = args[0];
      if (typeof text !== 'string') typeError(`write() argument must be str, not ${typeName(text ?? null)}`);
      if (f.mode.includes('r') && !f.mode.includes('+')) raise('OSError', 'not writable');
      if (f.stream !== null) f.stream.write(text);
      else f.buffer += text;
      return [...text].length;
    },
    writelines(o, args) {
      for (const line of toArray(args[0]!)) self(o).stream?.write(str(line)) ?? (self(o).buffer += str(line));
      return null;
    },
    read(o, args) {
      const f = self(o);
      checkOpen(f);
      fillFor(f, true);
      const n = args.length > 0 && args[0] !== null ? Number(args[0]) : -1;
      const end = n < 0 ? f.buffer.length : Math.min(f.buffer.length, f.position + n);
      const text = f.buffer.slice(f.position, end);
      f.position = end;
      return text;
    },
    readline(o) {
      checkOpen(self(o));
      fillFor(self(o), false);
      return readLineFrom(self(o));
    },
    readlines(o) {
      const f = self(o);
      checkOpen(f);
      fillFor(f, true);
      const lines: PyValue[] = [];
      while (f.position < f.buffer.length) lines.push(readLineFrom(f));
      return new PyList(lines);
    },
    flush(o) {
      flushFile(self(o));
      return null;
    },
    close(o) {
      const f = self(o);
      if (!f.closed && f.stream === null) flushFile(f);
      f.closed = true;
      return null;
    },
    __enter__(o) {
      return o;
    },
    __exit__(o) {
      const f = self(o);
      if (!f.closed && f.stream === null) flushFile(f);
      f.closed = true;
      return false;
    },
    __iter__(o) {
      return o;
    },
    __next__(o) {
      const f = self(o);
      checkOpen(f);
      fillFor(f, false);
      if (f.position >= f.buffer.length) throw newException(E['StopIteration']!);
      return readLineFrom(f);
    },
    __repr__(o) {
      return `<_io.TextIOWrapper name='${self(o).name}' mode='${self(o).mode}' encoding='utf-8'>`;
    },
    fileno() {
      return 1;
    },
    isatty() {
      return false;
    },
  });
  defGetter(TextIOWrapper, 'name', (o) => self(o).name);
  defGetter(TextIOWrapper, 'mode', (o) => self(o).mode);
  defGetter(TextIOWrapper, 'closed', (o) => self(o).closed);
}
defineFileMethods();

function osError(type: string, errno: number, text: string, file: string): never {
  throw call(E[type]!, [errno, text, file]);
}

/** open(file, mode='r', encoding=None): text files only. */
function open(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [file, modeArg] = bindNative('open', args, kwnames, ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline'], 1);
  if (typeof file !== 'string') typeError(`expected str, bytes or os.PathLike object, not ${typeName(file ?? null)}`);
  const mode = (modeArg as string | undefined) ?? 'r';
  if (!/^(r|w|a|x)\+?t?$/.test(mode.replace('t', '')) && !/^[rwax]t?\+?$/.test(mode)) {
    if (mode.includes('b')) raise('ValueError', 'binary mode files are not supported by corevm');
    raise('ValueError', `invalid mode: '${mode}'`);
  }
  const f = new PyTextFile(file, mode, null);
  try {
    if (mode.startsWith('r')) {
      if (fs.statSync(file).isDirectory()) osError('IsADirectoryError', 21, 'Is a directory', file);
      f.buffer = fs.readFileSync(file, 'utf8');
    } else if (mode.startsWith('w')) {
      fs.writeFileSync(file, '');
    } else if (mode.startsWith('x')) {
      if (fs.existsSync(file)) osError('FileExistsError', 17, 'File exists', file);
      fs.writeFileSync(file, '');
    } else if (!fs.existsSync(file)) {
      fs.writeFileSync(file, '');
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') osError('FileNotFoundError', 2, 'No such file or directory', file);
    if (code === 'EACCES') osError('PermissionError', 13, 'Permission denied', file);
    if (code === 'EISDIR') osError('IsADirectoryError', 21, 'Is a directory', file);
    throw e;
  }
  return f;
}

export function installOpen(ns: PyDict): void {
  ns.set('open', new PyBuiltinFunction('open', open));
}

/** The object for sys.stdout / sys.stderr over a realm stream. */
export function streamObject(name: string, stream: OutputStream): PyTextFile {
  return new PyTextFile(name, 'w', stream);
}

/** sys.stdin over the realm's line reader (the one input() uses). */
export function inputStreamObject(readLine: () => string | null): PyTextFile {
  const f = new PyTextFile('<stdin>', 'r', null);
  f.source = readLine;
  return f;
}

// Text codecs for str.encode, bytes.decode and str(bytes, encoding): utf-8, ascii and latin-1
// with the strict, ignore, replace, backslashreplace, surrogateescape and xmlcharrefreplace
// error handlers, raising UnicodeEncodeError / UnicodeDecodeError with CPython's messages.
// Pure functions on JS strings and byte arrays; no object-model dependencies beyond raising.

import { newException, raise } from '../exceptions.js';
import { E } from '../types.js';

const ENCODINGS: Record<string, string> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', iso_8859_1: 'latin-1', iso8859_1: 'latin-1', '8859': 'latin-1', cp819: 'latin-1',
  l1: 'latin-1', latin: 'latin-1',
};

function codecName(encoding: string): string {
  const name = ENCODINGS[encoding.toLowerCase().replace(/[-\s]/g, '_')];
  if (name === undefined) raise('LookupError', `unknown encoding: ${encoding}`);
  return name;
}

function charEscape(cp: number): string {
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

function unknownHandler(errors: string): never {
  return raise('LookupError', `unknown error handler name '${errors}'`);
}

/** str.encode(encoding, errors). */
export function encodeText(s: string, encoding: string, errors: string): Uint8Array {
  const codec = codecName(encoding);
  if (codec === 'utf-8' && !/[\ud800-\udfff]/.test(s)) return new TextEncoder().encode(s);
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const points = Array.from(s, (ch) => ch.codePointAt(0)!);
  const out: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const cp = points[i]!;
    const bad = cp >= limit || (cp >= 0xd800 && cp <= 0xdfff);
    if (!bad) {
      pushEncoded(out, cp, codec);
      continue;
    }
    let end = i + 1;
    while (end < points.length && isBadPoint(points[end]!, limit)) end++;
    i = encodeError(out, points, i, end, codec, errors) - 1;
  }
  return Uint8Array.from(out);
}

function isBadPoint(cp: number, limit: number): boolean {
  return cp >= limit || (cp >= 0xd800 && cp <= 0xdfff);
}

function pushEncoded(out: number[], cp: number, codec: string): void {
  if (codec !== 'utf-8' || cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

/** Applies an error handler to points[start..end); returns where encoding resumes. */
function encodeError(out: number[], points: number[], start: number, end: number, codec: string, errors: string): number {
  switch (errors) {
    case 'ignore':
      return end;
    case 'replace':
      for (let i = start; i < end; i++) out.push(0x3f);
      return end;
    case 'backslashreplace':
      for (let i = start; i < end; i++) for (const ch of charEscape(points[i]!)) out.push(ch.charCodeAt(0));
      return end;
    case 'xmlcharrefreplace':
      for (let i = start; i < end; i++) for (const ch of `&#${points[i]};`) out.push(ch.charCodeAt(0));
      return end;
    case 'surrogateescape':
      if (points[start]! >= 0xdc80 && points[start]! <= 0xdcff) {
        out.push(points[start]! - 0xdc00);
        return start + 1;
      }
      break;
    case 'strict':
      break;
    default:
      unknownHandler(errors);
  }
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${codec === 'ascii' ? 128 : 256})`;
  const what = end - start === 1
    ? `character '${charEscape(points[start]!)}' in position ${start}`
    : `characters in position ${start}-${end - 1}`;
  throw newException(E['UnicodeEncodeError']!, `'${codec}' codec can't encode ${what}: ${reason}`);
}

/** bytes.decode(encoding, errors). */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  const codec = codecName(encoding);
  if (codec === 'latin-1') return latin1(data);
  if (codec === 'utf-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
    } catch {
      // fall through to the byte-by-byte decoder for CPython's error positions
    }
  }
  let out = '';
  let i = 0;
  while (i < data.length) {
    const [cp, end, reason] = codec === 'ascii' ? asciiStep(data, i) : utf8Step(data, i);
    if (reason === '') {
      out += String.fromCodePoint(cp);
      i = end;
    } else {
      out += decodeError(data, i, end, codec, errors, reason);
      i = end;
    }
  }
  return out;
}

function asciiStep(data: Uint8Array, i: number): [number, number, string] {
  return data[i]! < 0x80 ? [data[i]!, i + 1, ''] : [0, i + 1, 'ordinal not in range(128)'];
}

/** One UTF-8 sequence at i: [code point, end, ''] or [0, error end, reason] like CPython. */
function utf8Step(data: Uint8Array, i: number): [number, number, string] {
  const b = data[i]!;
  if (b < 0x80) return [b, i + 1, ''];
  const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
  if (need < 0) return [0, i + 1, 'invalid start byte'];
  let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= need; k++) {
    if (i + k >= data.length) return [0, data.length, 'unexpected end of data'];
    const c = data[i + k]!;
    let lo = 0x80, hi = 0xbf;
    if (k === 1) {
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
      else if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    }
    if (c < lo || c > hi) return [0, i + k, 'invalid continuation byte'];
    cp = (cp << 6) | (c & 0x3f);
  }
  return [cp, i + need + 1, ''];
}

function decodeError(data: Uint8Array, start: number, end: number, codec: string, errors: string, reason: string): string {
  switch (errors) {
    case 'ignore':
      return '';
    case 'replace':
      return '\ufffd';
    case 'backslashreplace':
      return Array.from(data.subarray(start, end), (b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
    case 'surrogateescape':
      return Array.from(data.subarray(start, end), (b) => String.fromCharCode(b < 0x80 ? b : 0xdc00 + b)).join('');
    case 'strict':
      break;
    default:
      unknownHandler(errors);
  }
  const what = end - start === 1
    ? `byte 0x${data[start]!.toString(16).padStart(2, '0')} in position ${start}`
    : `bytes in position ${start}-${end - 1}`;
  throw newException(E['UnicodeDecodeError']!, `'${codec}' codec can't decode ${what}: ${reason}`);
}

/** The bytes as a JS string of chars 0..255. */
export function latin1(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 8192) out += String.fromCharCode(...data.subarray(i, i + 8192));
  return out;
}


// str.format and str.format_map (https://docs.python.org/3/library/string.html#format-string-syntax):
// the replacement-field grammar with auto/manual numbering, attribute and index chains,
// !r/!s/!a conversions and nested fields in format specs, following
// Objects/stringlib/unicode_format.h step by step so errors arise in the same order.

import { newException, raise } from '../exceptions.js';
import { formatValueWithSpec } from '../format.js';
import { asciiRepr } from '../ops.js';
import { getAttr, repr, str } from '../protocols.js';
import { getItem } from '../subscript.js';
import { E } from '../types.js';
import type { PyValue } from '../values.js';
import { decimalValue } from './numbers.js';

/** Where field values come from: positional args (null for format_map) and names. */
interface Source {
  args: readonly PyValue[] | null;
  named: (key: string) => PyValue;
  /** Auto-numbering state: 0 initial, 1 automatic, 2 manual. */
  state: number;
  next: number;
}

export function formatWithArgs(template: string, args: readonly PyValue[], named: ReadonlyMap<string, PyValue>): string {
  const source: Source = {
    args,
    named: (key) => {
      const v = named.get(key);
      if (v === undefined) throw newException(E['KeyError']!, key);
      return v;
    },
    state: 0,
    next: 0,
  };
  return buildString(template, source, 2);
}

export function formatWithMapping(template: string, mapping: PyValue): string {
  return buildString(template, { args: null, named: (key) => getItem(mapping, key), state: 0, next: 0 }, 2);
}

function buildString(template: string, source: Source, depth: number): string {
  if (depth <= 0) raise('ValueError', 'Max string recursion exceeded');
  const it = { s: template, pos: 0 };
  let out = '';
  while (it.pos < it.s.length) {
    const literalEnd = nextMarkup(it);
    out += template.slice(literalEnd.start, literalEnd.end);
    if (literalEnd.field) out += renderField(it, source, depth);
  }
  return out;
}

/** MarkupIterator_next's literal part: returns the literal span and whether a field follows. */
function nextMarkup(it: { s: string; pos: number }): { start: number; end: number; field: boolean } {
  const s = it.s;
  const start = it.pos;
  let c = '';
  while (it.pos < s.length) {
    c = s[it.pos++]!;
    if (c === '{' || c === '}') break;
    c = '';
  }
  const atEnd = it.pos >= s.length;
  if (c === '}' && (atEnd || s[it.pos] !== '}')) raise('ValueError', "Single '}' encountered in format string");
  if (c === '{' && atEnd) raise('ValueError', "Single '{' encountered in format string");
  if (c === '') return { start, end: it.pos, field: false };
  if (s[it.pos] === c) {
    it.pos++;
    return { start, end: it.pos - 1, field: false };
  }
  return { start, end: it.pos - 1, field: true };
}

interface Field {
  name: string;
  conversion: string;
  spec: string;
  specNeedsExpanding: boolean;
}

/** parse_field: name up to ':' '!' or '}', then conversion and spec (braces balanced). */
function parseField(it: { s: string; pos: number }): Field {
  const s = it.s;
  const nameStart = it.pos;
  let c = '';
  while (it.pos < s.length) {
    c = s[it.pos++]!;
    if (c === '{') raise('ValueError', "unexpected '{' in field name");
    if (c === '[') {
      while (it.pos < s.length && s[it.pos] !== ']') it.pos++;
      c = '';
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
    c = '';
  }
  const field: Field = { name: s.slice(nameStart, c === '' ? it.pos : it.pos - 1), conversion: '', spec: '', specNeedsExpanding: false };
  if (c !== '!' && c !== ':') {
    if (c !== '}') raise('ValueError', "expected '}' before end of string");
    return field;
  }
  if (c === '!') {
    if (it.pos >= s.length) raise('ValueError', 'end of string while looking for conversion specifier');
    field.conversion = String.fromCodePoint(s.codePointAt(it.pos)!);
    it.pos += field.conversion.length;
    if (it.pos < s.length) {
      const next = s[it.pos++];
      if (next === '}') return field;
      if (next !== ':') raise('ValueError', "expected ':' after conversion specifier");
    }
  }
  const specStart = it.pos;
  let count = 1;
  while (it.pos < s.length) {
    const ch = s[it.pos++];
    if (ch === '{') {
      field.specNeedsExpanding = true;
      count++;
    } else if (ch === '}' && --count === 0) {
      field.spec = s.slice(specStart, it.pos - 1);
      return field;
    }
  }
  return raise('ValueError', "unmatched '{' in format spec");
}

function renderField(it: { s: string; pos: number }, source: Source, depth: number): string {
  const field = parseField(it);
  let value = fieldValue(field.name, source);
  if (field.conversion !== '') value = convert(value, field.conversion);
  const spec = field.specNeedsExpanding ? buildString(field.spec, source, depth - 1) : field.spec;
  if (spec === '' && typeof value === 'string') return value;
  return formatValueWithSpec(value, spec);
}

function convert(v: PyValue, conversion: string): string {
  if (conversion === 'r') return repr(v);
  if (conversion === 's') return str(v);
  if (conversion === 'a') return asciiRepr(v);
  const c = conversion.codePointAt(0)!;
  return raise('ValueError', `Unknown conversion specifier ${c > 32 && c < 127 ? conversion : `\\x${c.toString(16)}`}`);
}

/** get_integer: the decimal value of an all-digit name, or -1. */
function fieldInteger(name: string): number {
  if (name === '') return -1;
  let n = 0;
  for (const ch of name) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    n = n * 10 + d;
    if (n > Number.MAX_SAFE_INTEGER / 10) raise('ValueError', 'Too many decimal digits in format string');
  }
  return n;
}

/** get_field_object: the first name (numbered or keyword), then the .attr / [key] chain. */
function fieldValue(name: string, source: Source): PyValue {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let index = fieldInteger(first);
  const empty = first === '';
  if (empty || index >= 0) {
    if (source.state === 0) source.state = empty ? 1 : 2;
    if (source.state === 2 && empty) raise('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    if (source.state === 1 && !empty) raise('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    if (empty) index = source.next++;
  }
  let obj: PyValue;
  if (index < 0) obj = source.named(first);
  else {
    if (source.args === null) raise('ValueError', 'Format string contains positional fields');
    if (index >= source.args.length) {
      throw newException(E['IndexError']!, `Replacement index ${index} out of range for positional args tuple`);
    }
    obj = source.args[index]!;
  }
  return followChain(obj, name, i);
}

/** FieldNameIterator: '.name' attribute and '[key]' item steps after the first name. */
function followChain(obj: PyValue, name: string, i: number): PyValue {
  while (i < name.length) {
    const c = name[i++];
    let part: string;
    if (c === '.') {
      const start = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      part = name.slice(start, i);
      if (part === '') raise('ValueError', 'Empty attribute in format string');
      obj = getAttr(obj, part);
    } else if (c === '[') {
      const close = name.indexOf(']', i);
      if (close < 0) raise('ValueError', "Missing ']' in format string");
      part = name.slice(i, close);
      i = close + 1;
      if (part === '') raise('ValueError', 'Empty attribute in format string');
      const index = fieldInteger(part);
      obj = getItem(obj, index >= 0 ? index : part);
    } else {
      raise('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

// The disassembler: prints a module's CodeObject tree as `.cvmasm` text (format in README.md)
// that the assembler reads back into the same bytes. Everything is derived from the
// instruction table: operands print by their kind, never through per-opcode cases. Pools are
// printed explicitly and in order, jump targets become labels, and a comment per instruction
// gives its pc and resolved operand, like `python3 -m dis`. It only reads the code objects.

import { CodeObject, type ConstValue } from './code-object.js';
import { OP_INFO, type OpInfo } from './opcode-info.js';
import { BINARY_OP_COUNT, COMPARE_OPS, CodeFlags, binaryOpSymbol, type OperandKind } from './opcodes.js';
import { PyBytes, PyEllipsisValue, PyFloat, PyTuple } from '../runtime/values.js';
import { PyFrozenSet } from '../runtime/objects.js';

/** Column where instruction comments start. */
const COMMENT_COLUMN = 40;
/** Longest constant shown in an instruction comment before it is cut with '...'. */
const COMMENT_CONST_LENGTH = 40;

/** Disassembles a module: its code first, then nested code objects in pre-order. */
export function disassemble(root: CodeObject): string {
  const ids = assignBlockIds(root);
  const blocks = [...ids.keys()].map((code) => disassembleCode(code, ids));
  return `${blocks.join('\n')}`;
}

/** Unique block ids: the code's name, else its qualname, else the name with `~2`, `~3`, ... */
function assignBlockIds(root: CodeObject): Map<CodeObject, string> {
  const ids = new Map<CodeObject, string>();
  const used = new Set<string>();
  const sanitize = (s: string): string => s.replace(/[^\p{L}\p{N}_<>.]/gu, '_') || 'code';
  const visit = (code: CodeObject): void => {
    if (ids.has(code)) return;
    const candidates = [sanitize(code.name), sanitize(code.qualname)];
    let id = candidates.find((c) => !used.has(c));
    for (let k = 2; id === undefined; k++) id = used.has(`${candidates[0]}~${k}`) ? undefined : `${candidates[0]}~${k}`;
    used.add(id);
    ids.set(code, id);
    for (const value of code.consts) if (value instanceof CodeObject) visit(value);
  };
  visit(root);
  return ids;
}

function disassembleCode(code: CodeObject, ids: Map<CodeObject, string>): string {
  const out: string[] = [`.code ${ids.get(code)!}`];
  out.push(...headerLines(code, ids.get(code)!).map((line) => `    ${line}`));
  code.consts.forEach((value, k) => out.push(withComment(`    .const ${formatConst(value, ids)}`, `#${k}`)));
  out.push('');
  out.push(...bodyLines(code, ids));
  out.push('.end', '');
  return out.join('\n');
}

function headerLines(code: CodeObject, id: string): string[] {
  const lines: string[] = [];
  if (code.name !== id) lines.push(`.name ${formatName(code.name)}`);
  if (code.qualname !== code.name) lines.push(`.qualname ${formatName(code.qualname)}`);
  lines.push(`.firstline ${code.firstLineNo}`);
  if (code.argCount !== 0) lines.push(`.args ${code.argCount}`);
  if (code.posOnlyArgCount !== 0) lines.push(`.posonly ${code.posOnlyArgCount}`);
  if (code.kwOnlyArgCount !== 0) lines.push(`.kwonly ${code.kwOnlyArgCount}`);
  if (code.flags !== 0) lines.push(`.flags ${formatFlags(code.flags)}`);
  lines.push(`.stacksize ${code.maxStack}`);
  const lists: Array<[string, readonly string[]]> = [
    ['.locals', code.varnames], ['.cells', code.cellvars], ['.freevars', code.freevars], ['.names', code.names],
  ];
  for (const [directive, names] of lists) {
    for (let i = 0; i < names.length; i += 8) lines.push(`${directive} ${names.slice(i, i + 8).map(formatName).join(' ')}`);
  }
  return lines;
}

/** Instructions with labels, `.line` directives and comments, then the exception table. */
function bodyLines(code: CodeObject, ids: Map<CodeObject, string>): string[] {
  const starts = instructionStarts(code.code);
  const labels = assignLabels(code, starts);
  const lines = new Map<number, number>();
  for (let i = 0; i + 1 < code.lineTable.length; i += 2) lines.set(code.lineTable[i]!, code.lineTable[i + 1]!);
  const out: string[] = [];
  const width = String(code.code.length).length;
  for (const pc of starts) {
    if (labels.has(pc)) out.push(`${labels.get(pc)!}:`);
    if (lines.has(pc)) out.push(`    .line ${lines.get(pc)!}`);
    if (pc < code.code.length) out.push(instructionLine(code, pc, labels, ids, width));
  }
  for (const e of code.exceptionTable) {
    const at = (pc: number): string => labels.get(pc) ?? String(pc);
    out.push(`    .handler ${at(e.start)} ${at(e.end)} ${at(e.target)} ${e.depth}`);
  }
  return out;
}

/** Pcs where instructions start, plus the end of the code; stops at an undecodable word. */
function instructionStarts(words: Int32Array): number[] {
  const starts: number[] = [];
  let pc = 0;
  while (pc < words.length) {
    const info = OP_INFO[words[pc]!];
    if (info === undefined || pc + info.length > words.length) break;
    starts.push(pc);
    pc += info.length;
  }
  starts.push(pc);
  return starts;
}

/** L1, L2, ... in pc order, for every jump target and exception-table boundary. */
function assignLabels(code: CodeObject, starts: readonly number[]): Map<number, string> {
  const isStart = new Set(starts);
  const targets = new Set<number>();
  for (const pc of starts) {
    const info = OP_INFO[code.code[pc]!];
    info?.operandKinds.forEach((kind, i) => {
      if (kind === 'jump') targets.add(code.code[pc + 1 + i]!);
    });
  }
  for (const e of code.exceptionTable) [e.start, e.end, e.target].forEach((pc) => targets.add(pc));
  const sorted = [...targets].filter((pc) => isStart.has(pc)).sort((a, b) => a - b);
  return new Map(sorted.map((pc, i) => [pc, `L${i + 1}`]));
}

function instructionLine(code: CodeObject, pc: number, labels: Map<number, string>, ids: Map<CodeObject, string>, width: number): string {
  const info: OpInfo = OP_INFO[code.code[pc]!]!;
  const operands: string[] = [];
  const notes: string[] = [];
  info.operandKinds.forEach((kind, i) => {
    const v = code.code[pc + 1 + i]!;
    operands.push(kind === 'const' ? `#${v}` : kind === 'jump' ? (labels.get(v) ?? String(v)) : String(v));
    const note = resolveOperand(code, kind, v, ids);
    if (note !== null) notes.push(note);
  });
  const text = `    ${[info.spec.name, ...operands].join(' ')}`;
  const pcText = String(pc).padStart(width);
  return withComment(text, notes.length > 0 ? `${pcText}: ${notes.join(', ')}` : pcText);
}

/** What an operand means, for the comment; null when the number says it all. */
function resolveOperand(code: CodeObject, kind: OperandKind, v: number, ids: Map<CodeObject, string>): string | null {
  const pick = (list: readonly string[]): string => (v >= 0 && v < list.length ? formatName(list[v]!) : '<out of range>');
  switch (kind) {
    case 'const':
      return v >= 0 && v < code.consts.length ? shorten(formatConst(code.consts[v]!, ids)) : '<out of range>';
    case 'name':
      return pick(code.names);
    case 'local':
      return pick(code.varnames);
    case 'cell':
      return pick([...code.cellvars, ...code.freevars]);
    case 'jump':
      return `to ${v}`;
    case 'binop':
      return v >= 0 && v < BINARY_OP_COUNT ? binaryOpSymbol(v) : '<out of range>';
    case 'cmpop':
      return COMPARE_OPS[v] ?? '<out of range>';
    case 'count':
    case 'depth':
    case 'flag':
    case 'bits':
      return null;
  }
}

function withComment(text: string, comment: string): string {
  return `${text.padEnd(COMMENT_COLUMN - 1)} ; ${comment}`;
}

function shorten(text: string): string {
  return text.length <= COMMENT_CONST_LENGTH ? text : `${text.slice(0, COMMENT_CONST_LENGTH - 3)}...`;
}

/** Flag names joined by '|', unnamed bits as hex. */
export function formatFlags(flags: number): string {
  const parts: string[] = [];
  let rest = flags >>> 0;
  for (const [name, bit] of Object.entries(CodeFlags).sort(([, a], [, b]) => a - b)) {
    if ((rest & bit) !== 0) {
      parts.push(name);
      rest &= ~bit;
    }
  }
  if (rest !== 0) parts.push(`0x${(rest >>> 0).toString(16)}`);
  return parts.length > 0 ? parts.join('|') : '0';
}

/** Identifiers and the compiler's dotted names (`<module>`, `f.<locals>.g`). */
const BARE_NAME = /^[\p{L}\p{N}_<>.]+$/u;

/** A name, bare when that reads back as the same name, else as a JSON string. */
export function formatName(name: string): string {
  return BARE_NAME.test(name) ? name : formatString(name);
}

/** Characters that would be invisible or break the line, escaped as \\uXXXX. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;

/** A JSON string literal, with invisible characters escaped too. */
export function formatString(s: string): string {
  return JSON.stringify(s).replace(INVISIBLE, (ch) =>
    Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}

/** A constant in the assembler's literal syntax; code objects as `@id`. */
export function formatConst(value: ConstValue, ids: ReadonlyMap<CodeObject, string> = new Map()): string {
  if (value === null) return 'None';
  switch (typeof value) {
    case 'boolean':
      return value ? 'True' : 'False';
    case 'number':
    case 'bigint':
      return String(value);
    case 'string':
      return formatString(value);
  }
  if (value instanceof PyFloat) return formatFloat(value.value);
  if (value instanceof PyBytes) return formatBytes(value.data);
  if (value instanceof PyEllipsisValue) return 'Ellipsis';
  if (value instanceof PyTuple) {
    const items = value.items.map((item) => formatConst(item, ids));
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  // A frozenset lists its items in insertion order, which decides its layout.
  if (value instanceof PyFrozenSet) return `frozenset${formatConst(new PyTuple(value.table.liveKeys()), ids)}`;
  if (value instanceof CodeObject) return `@${ids.get(value) ?? value.qualname}`;
  return `<${value.constructor.name}>`;
}

/** Python's repr of a float: shortest round-tripping digits, exponent form outside
 *  1e-4 <= |x| < 1e16 (https://docs.python.org/3/tutorial/floatingpoint.html). */
export function formatFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mantissa, expText] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
    return `${sign}${digits[0]}${fraction}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const fraction = digits.slice(exp + 1) || '0';
  return `${sign}${whole}.${fraction}`;
}

/** b"..." with printable ASCII as is and \\xHH, \\n, \\r, \\t, \\\\, \\" escapes. */
export function formatBytes(data: Uint8Array): string {
  let out = 'b"';
  for (const b of data) {
    if (b === 0x22 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b === 0x09) out += '\\t';
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return `${out}"`;
}

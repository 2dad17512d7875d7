// The assembler: reads `.cvmasm` text (format in README.md) into a module's CodeObject tree,
// through the CodeBuilder (labels, back-patching, max-stack) and the validator, so what it
// returns is ready to run. Opcodes and operand syntax come from the instruction table; only
// operand *kinds* have cases here. Every mistake is an AsmError with file:line:col; it never
// returns code the validator would reject. It reads text only: no files, no execution.

import { BytecodeError } from './bytecode-error.js';
import { CodeBuilder, Label } from './code-builder.js';
import { CodeObject, type ConstValue } from './code-object.js';
import { opInfoByName, type OpInfo } from './opcode-info.js';
import { BINARY_OPS, COMPARE_OPS, CodeFlags, INPLACE_OFFSET, type OperandKind } from './opcodes.js';
import { validateCode } from './validator.js';
import { Ellipsis, PyBytes, PyFloat, PyTuple, normInt, type PyValue } from '../runtime/values.js';
import { PyFrozenSet } from '../runtime/objects.js';
import { frozensetOf } from '../runtime/builtins/set-order.js';

/** An assembly mistake, located in the source text (1-based line and column). */
export class AsmError extends Error {
  constructor(
    readonly problem: string,
    readonly file: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(`${file}:${line}:${col}: ${problem}`);
    this.name = 'AsmError';
  }
}

/** Deepest tuple literal the assembler reads. */
const MAX_LITERAL_DEPTH = 100;

// ---------------------------------------------------------------------------------------------
// Tokens

interface Token {
  readonly kind: 'word' | 'string' | 'bytes' | 'punct';
  /** The source text of the token. */
  readonly text: string;
  readonly line: number;
  readonly col: number;
  /** Decoded value of a string or bytes token. */
  readonly value?: string | Uint8Array;
}

/** Sticky patterns, so the tokenizer matches whole runs instead of testing each character. */
const SPACE = /\s+/y;
const WORD = /[^\s;"(),]+/y;

function asmError(file: string, at: { line: number; col: number }, problem: string): AsmError {
  return new AsmError(problem, file, at.line, at.col);
}

/** Splits one line into tokens; `;` starts a comment outside strings. */
function tokenizeLine(file: string, text: string, line: number): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    SPACE.lastIndex = i;
    if (SPACE.test(text)) i = SPACE.lastIndex;
    if (i >= text.length || text[i] === ';') break;
    const c = text[i]!;
    const at = { line, col: i + 1 };
    if (c === '"' || (c === 'b' && text[i + 1] === '"')) {
      const start = c === 'b' ? i + 1 : i;
      const end = closingQuote(text, start);
      if (end === null) throw asmError(file, at, 'unterminated string literal');
      const raw = text.slice(i, end + 1);
      const value = c === 'b' ? parseBytes(file, at, text.slice(start + 1, end)) : parseString(file, at, raw);
      tokens.push({ kind: c === 'b' ? 'bytes' : 'string', text: raw, line, col: at.col, value });
      i = end + 1;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: 'punct', text: c, line, col: at.col });
      i++;
    } else {
      WORD.lastIndex = i;
      WORD.test(text);
      tokens.push({ kind: 'word', text: text.slice(i, WORD.lastIndex), line, col: at.col });
      i = WORD.lastIndex;
    }
  }
  return tokens;
}

/** Index of the quote closing the string opened at `open`, skipping escapes. */
function closingQuote(text: string, open: number): number | null {
  for (let j = open + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j;
  }
  return null;
}

function parseString(file: string, at: { line: number; col: number }, raw: string): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    throw asmError(file, at, `bad string literal ${raw} (JSON string syntax: \\" \\\\ \\n \\t \\uXXXX)`);
  }
}

const BYTE_ESCAPES: Readonly<Record<string, number>> = { n: 0x0a, r: 0x0d, t: 0x09, '\\': 0x5c, '"': 0x22, '0': 0 };

/** The inside of b"...": printable ASCII, \xHH, \n \r \t \0 \\ \". */
function parseBytes(file: string, at: { line: number; col: number }, body: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const col = { line: at.line, col: at.col + 2 + i };
    if (c !== 0x5c) {
      if (c < 0x20 || c > 0x7e) throw asmError(file, col, 'bad bytes literal: only printable ASCII may appear unescaped (use \\xHH)');
      out.push(c);
      continue;
    }
    const e = body[++i] ?? '';
    if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 1, i + 3))) {
      out.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (Object.hasOwn(BYTE_ESCAPES, e)) {
      out.push(BYTE_ESCAPES[e]!);
    } else {
      throw asmError(file, col, `bad bytes literal: unknown escape '\\${e}'`);
    }
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------------------------
// Blocks: `.code ID` ... `.end`

interface SourceLine {
  readonly tokens: Token[];
  readonly line: number;
}

interface Block {
  readonly id: string;
  readonly at: Token;
  readonly lines: SourceLine[];
}

function splitBlocks(file: string, source: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const lines = source.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const tokens = tokenizeLine(file, lines[index]!, index + 1);
    const first = tokens[0];
    if (first === undefined) continue;
    if (first.text === '.code') {
      if (current) throw asmError(file, first, `.code inside block '${current.id}' (missing .end)`);
      current = { id: blockId(file, tokens), at: first, lines: [] };
      if (blocks.some((b) => b.id === current!.id)) throw asmError(file, tokens[1]!, `duplicate code block '${current.id}'`);
      blocks.push(current);
    } else if (first.text === '.end') {
      if (!current) throw asmError(file, first, '.end without .code');
      if (tokens.length !== 1) throw asmError(file, tokens[1]!, '.end takes no operands');
      current = null;
    } else {
      if (!current) throw asmError(file, first, 'expected .code NAME before anything else');
      current.lines.push({ tokens, line: index + 1 });
    }
  }
  if (current) throw asmError(file, current.at, `block '${current.id}' has no .end`);
  if (blocks.length === 0) throw asmError(file, { line: 1, col: 1 }, 'empty module: expected a .code block');
  return blocks;
}

function blockId(file: string, tokens: Token[]): string {
  const id = tokens[1];
  if (tokens.length !== 2 || id?.kind !== 'word') throw asmError(file, tokens[0]!, '.code takes one block id: .code NAME');
  if (id.text.startsWith('@')) throw asmError(file, id, "a block id does not start with '@' (only references do)");
  return id.text;
}

/** Assembles `.cvmasm` source; the first block is the module, the others its code constants. */
export function assemble(source: string, filename = '<asm>'): CodeObject {
  const assembler = new ModuleAssembler(filename, splitBlocks(filename, source));
  return assembler.assembleRoot();
}

class ModuleAssembler {
  private readonly blocks = new Map<string, Block>();
  private readonly built = new Map<string, CodeObject | 'building'>();

  constructor(
    readonly file: string,
    private readonly order: Block[],
  ) {
    for (const block of order) this.blocks.set(block.id, block);
  }

  assembleRoot(): CodeObject {
    const root = this.buildBlock(this.order[0]!);
    for (const block of this.order) {
      if (!this.built.has(block.id)) {
        throw asmError(this.file, block.at, `code block '${block.id}' is never used (every block but the first must be a constant)`);
      }
    }
    return root;
  }

  /** The code object for `@id`; each block may be a constant once, and never of itself. */
  codeRef(token: Token): CodeObject {
    const id = token.text.slice(1);
    const block = this.blocks.get(id) ?? this.fail(token, `undefined code block '${id}'`);
    const state = this.built.get(id);
    if (state === 'building') this.fail(token, `code block '${id}' contains itself`);
    if (state !== undefined) this.fail(token, `code block '${id}' is already used as a constant`);
    return this.buildBlock(block);
  }

  private buildBlock(block: Block): CodeObject {
    this.built.set(block.id, 'building');
    const code = new BlockAssembler(this, block).assemble();
    this.built.set(block.id, code);
    return code;
  }

  fail(at: { line: number; col: number }, problem: string): never {
    throw asmError(this.file, at, problem);
  }
}

// ---------------------------------------------------------------------------------------------
// One block

interface Header {
  name?: string;
  qualname?: string;
  firstLineNo?: number;
  argCount?: number;
  posOnlyArgCount?: number;
  kwOnlyArgCount?: number;
  flags?: number;
  maxStack?: number;
  maxStackAt?: Token;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
}

interface LabelUse {
  readonly label: Label;
  defined: boolean;
  firstUse: Token | null;
}

type NumberField = 'firstLineNo' | 'argCount' | 'posOnlyArgCount' | 'kwOnlyArgCount' | 'maxStack';

/** Header directive -> the Header field it sets from one non-negative integer. */
const NUMBER_DIRECTIVES = new Map<string, NumberField>([
  ['.firstline', 'firstLineNo'], ['.args', 'argCount'], ['.posonly', 'posOnlyArgCount'],
  ['.kwonly', 'kwOnlyArgCount'], ['.stacksize', 'maxStack'],
]);

const LIST_DIRECTIVES = new Map<string, 'varnames' | 'cellvars' | 'freevars'>([
  ['.locals', 'varnames'], ['.cells', 'cellvars'], ['.freevars', 'freevars'],
]);

const CODE_FLAGS = new Map<string, number>(Object.entries(CodeFlags));

const LABEL_NAME = /^[A-Za-z_][\w.$]*$/;
const INTEGER = /^[+-]?(?:0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|\d+)$/;
const FLOAT = /^[+-]?(?:\d+\.\d*|\.\d+|\d+(?=[eE]))(?:[eE][+-]?\d+)?$/;

class BlockAssembler {
  private readonly header: Header = { varnames: [], cellvars: [], freevars: [] };
  private builder!: CodeBuilder;
  private readonly labels = new Map<string, LabelUse>();
  private readonly poolIndex = new Map<string, number>();
  /** (pc, line) pairs as the `.line` directives give them, and the last directive's token. */
  private readonly lineTable: number[] = [];
  private lastLineAt: Token | null = null;
  /** Source token of the instruction at each pc, to place BytecodeErrors. */
  private readonly pcTokens: Token[] = [];

  constructor(
    private readonly module: ModuleAssembler,
    private readonly block: Block,
  ) {}

  private fail(at: { line: number; col: number }, problem: string): never {
    return this.module.fail(at, problem);
  }

  assemble(): CodeObject {
    const body = this.readHeader();
    const h = this.header;
    this.builder = new CodeBuilder({
      name: h.name ?? this.block.id, qualname: h.qualname ?? h.name ?? this.block.id, filename: this.module.file,
      firstLineNo: h.firstLineNo ?? 1, argCount: h.argCount ?? 0, posOnlyArgCount: h.posOnlyArgCount ?? 0,
      kwOnlyArgCount: h.kwOnlyArgCount ?? 0, flags: h.flags ?? 0,
      varnames: h.varnames, cellvars: h.cellvars, freevars: h.freevars,
    });
    for (const line of body) this.bodyLine(line.tokens);
    return this.finish();
  }

  /** Applies header directives; returns the other lines, in order. `.firstline` defaults to
   *  the first `.line`, else 1. */
  private readHeader(): SourceLine[] {
    const body: SourceLine[] = [];
    let firstDotLine: number | undefined;
    for (const line of this.block.lines) {
      const [first, ...rest] = line.tokens as [Token, ...Token[]];
      const directive = first.text;
      const numberField = NUMBER_DIRECTIVES.get(directive);
      const listField = LIST_DIRECTIVES.get(directive);
      if (numberField !== undefined) this.numberDirective(first, numberField, rest);
      else if (listField !== undefined) this.header[listField].push(...this.names(rest));
      else if (directive === '.name' || directive === '.qualname') this.nameDirective(first, rest);
      else if (directive === '.flags') this.setOnce(first, 'flags', this.flags(first, rest));
      else body.push(line);
      if (directive === '.line' && rest.length === 1) firstDotLine ??= this.integer(rest[0]!);
    }
    this.header.firstLineNo ??= firstDotLine ?? 1;
    return body;
  }

  private setOnce<K extends keyof Header>(at: Token, field: K, value: Header[K]): void {
    if (this.header[field] !== undefined) this.fail(at, `duplicate ${at.text} directive`);
    this.header[field] = value;
  }

  private numberDirective(at: Token, field: NumberField, rest: Token[]): void {
    if (rest.length !== 1) this.fail(at, `${at.text} takes one number`);
    const value = this.integer(rest[0]!);
    if (value < 0) this.fail(rest[0]!, `${at.text} must not be negative`);
    this.setOnce(at, field, value);
    if (field === 'maxStack') this.header.maxStackAt = at;
  }

  private nameDirective(at: Token, rest: Token[]): void {
    if (rest.length !== 1) this.fail(at, `${at.text} takes one name`);
    this.setOnce(at, at.text === '.name' ? 'name' : 'qualname', this.names(rest)[0]!);
  }

  /** Names: bare words or JSON strings. */
  private names(tokens: Token[]): string[] {
    return tokens.map((t) => {
      if (t.kind === 'string') return t.value as string;
      if (t.kind === 'word') return t.text;
      return this.fail(t, `expected a name, found '${t.text}'`);
    });
  }

  /** `.flags OPTIMIZED|NEWLOCALS|0x40`: names from CodeFlags, or numbers. */
  private flags(at: Token, rest: Token[]): number {
    if (rest.length === 0) this.fail(at, '.flags takes flag names joined by |');
    let flags = 0;
    for (const part of rest.map((t) => t.text).join('').split('|')) {
      const named = CODE_FLAGS.get(part);
      if (named !== undefined) flags |= named;
      else if (INTEGER.test(part)) flags |= Number(part);
      else this.fail(rest[0]!, `unknown code flag '${part}' (known: ${[...CODE_FLAGS.keys()].join(', ')})`);
    }
    return flags;
  }

  private integer(token: Token): number {
    if (token.kind !== 'word' || !INTEGER.test(token.text)) this.fail(token, `expected a number, found '${token.text}'`);
    const negative = token.text.startsWith('-');
    const value = Number(BigInt(token.text.replace(/^[+-]/, ''))) * (negative ? -1 : 1);
    if (value !== (value | 0)) this.fail(token, `number ${token.text} does not fit in 32 bits`);
    return value;
  }

  // --- body: pools, labels, lines, handlers, instructions

  private bodyLine(tokens: Token[]): void {
    let rest = tokens;
    const first = rest[0]!;
    if (first.kind === 'word' && first.text.endsWith(':') && first.text.length > 1) {
      this.defineLabel(first);
      rest = rest.slice(1);
      if (rest.length === 0) return;
    }
    const head = rest[0]!;
    const args = rest.slice(1);
    switch (head.text) {
      case '.names':
        for (const name of this.names(args)) this.builder.appendName(name);
        return;
      case '.const':
        return this.constDirective(head, args);
      case '.line':
        return this.lineDirective(head, args);
      case '.handler':
        return this.handlerDirective(head, args);
    }
    if (head.kind === 'word' && head.text.startsWith('.')) this.fail(head, `unknown directive '${head.text}'`);
    this.instruction(head, args);
  }

  private defineLabel(token: Token): void {
    const name = token.text.slice(0, -1);
    if (!LABEL_NAME.test(name)) this.fail(token, `bad label name '${name}'`);
    const use = this.labelUse(name);
    if (use.defined) this.fail(token, `duplicate label '${name}'`);
    use.defined = true;
    this.builder.bind(use.label);
  }

  private labelUse(name: string): LabelUse {
    let use = this.labels.get(name);
    if (!use) {
      use = { label: this.builder.newLabel(name), defined: false, firstUse: null };
      this.labels.set(name, use);
    }
    return use;
  }

  /** A jump operand or handler boundary: a label, or an absolute pc as a number. */
  private target(token: Token): Label | number {
    if (token.kind === 'word' && INTEGER.test(token.text)) return this.integer(token);
    if (token.kind !== 'word' || !LABEL_NAME.test(token.text)) this.fail(token, `expected a label or a pc, found '${token.text}'`);
    const use = this.labelUse(token.text);
    use.firstUse ??= token;
    return use.label;
  }

  private constDirective(at: Token, args: Token[]): void {
    const groups = this.groupOperands(args);
    if (groups.length !== 1) this.fail(at, `.const takes one literal, got ${groups.length}`);
    const { value, key } = this.literal(groups[0]!);
    const index = this.builder.appendConstant(value);
    if (!this.poolIndex.has(key)) this.poolIndex.set(key, index);
  }

  private lineDirective(at: Token, args: Token[]): void {
    if (args.length !== 1) this.fail(at, '.line takes one line number');
    const line = this.integer(args[0]!);
    if (line < 1) this.fail(args[0]!, `line number ${line} is less than 1`);
    const pc = this.builder.pc;
    if (this.lineTable.length > 0 && this.lineTable[this.lineTable.length - 2] === pc) this.lineTable.length -= 2;
    this.lineTable.push(pc, line);
    this.lastLineAt = at;
  }

  private handlerDirective(at: Token, args: Token[]): void {
    if (args.length !== 4) this.fail(at, '.handler takes start end target depth');
    const [start, end, target] = args.slice(0, 3).map((t) => this.target(t)).map((t) => {
      if (t instanceof Label) return t;
      const fixed = new Label();
      fixed.pc = t;
      return fixed;
    });
    const depth = this.integer(args[3]!);
    if (depth < 0) this.fail(args[3]!, 'handler depth must not be negative');
    this.builder.addExceptionEntry(start!, end!, target!, depth);
  }

  private instruction(head: Token, args: Token[]): void {
    const info = opInfoByName(head.text);
    if (!info) {
      const hint = opInfoByName(head.text.toUpperCase()) ? ' (opcode names are upper case)' : '';
      this.fail(head, `unknown opcode '${head.text}'${hint}`);
    }
    const groups = this.groupOperands(args);
    const expected = info.operandKinds.length;
    if (groups.length !== expected) {
      this.fail(groups[expected]?.[0] ?? head, `wrong operand count: ${info.spec.name} takes ${expected} operand(s), got ${groups.length}`);
    }
    const operands = info.operandKinds.map((kind, i) => this.operand(info, kind, groups[i]!));
    this.pcTokens[this.builder.pc] = head;
    this.builder.emit(info.code, ...operands);
  }

  /** Operands are space-separated; a parenthesized tuple literal (also after `frozenset`) is
   *  one operand. */
  private groupOperands(tokens: Token[]): Token[][] {
    const groups: Token[][] = [];
    let depth = 0;
    tokens.forEach((t, i) => {
      if (t.text === ',' && t.kind === 'punct' && depth === 0) this.fail(t, "unexpected ',' (operands are separated by spaces)");
      if (t.text === ')' && t.kind === 'punct' && depth === 0) this.fail(t, "unbalanced ')'");
      const afterFrozenset = t.text === '(' && tokens[i - 1]?.kind === 'word' && tokens[i - 1]!.text === 'frozenset';
      if (depth === 0 && !afterFrozenset) groups.push([t]);
      else groups[groups.length - 1]!.push(t);
      if (t.kind === 'punct' && t.text === '(') depth++;
      if (t.kind === 'punct' && t.text === ')') depth--;
    });
    if (depth > 0) this.fail(groups[groups.length - 1]![0]!, "unbalanced '(' in literal");
    return groups;
  }

  private operand(info: OpInfo, kind: OperandKind, group: Token[]): number | Label {
    const token = group[0]!;
    if (kind === 'const') return this.constOperand(group);
    if (group.length !== 1) this.fail(token, `a ${kind} operand of ${info.spec.name} cannot be a tuple`);
    const index = /^#\d+$/.test(token.text) ? Number(token.text.slice(1)) : null;
    switch (kind) {
      case 'jump':
        return this.target(token);
      case 'name':
        return index ?? this.numberOr(token, () => this.builder.name(this.names([token])[0]!));
      case 'local':
        return index ?? this.numberOr(token, () => this.lookup(token, this.builder.varnames, 'local', '.locals'));
      case 'cell':
        return index ?? this.numberOr(token, () => this.lookup(token, [...this.builder.cellvars, ...this.builder.freevars], 'cell or free variable', '.cells or .freevars'));
      case 'binop':
        return this.numberOr(token, () => this.binaryOp(token));
      case 'cmpop':
        return this.numberOr(token, () => this.compareOp(token));
      case 'count':
      case 'depth':
      case 'flag':
      case 'bits':
        return this.integer(token);
    }
  }

  /** A plain number is the operand word itself; anything else is resolved by `symbolic`. */
  private numberOr(token: Token, symbolic: () => number): number {
    return token.kind === 'word' && INTEGER.test(token.text) ? this.integer(token) : symbolic();
  }

  private lookup(token: Token, list: readonly string[], what: string, directive: string): number {
    const name = this.names([token])[0]!;
    const index = list.indexOf(name);
    if (index < 0) this.fail(token, `unknown ${what} '${name}' (declare it with ${directive})`);
    return index;
  }

  private binaryOp(token: Token): number {
    const inplace = token.text.length > 1 && token.text.endsWith('=') && (BINARY_OPS as readonly string[]).includes(token.text.slice(0, -1));
    const symbol = inplace ? token.text.slice(0, -1) : token.text;
    const id = (BINARY_OPS as readonly string[]).indexOf(symbol);
    if (id < 0) this.fail(token, `unknown binary operator '${token.text}' (known: ${BINARY_OPS.join(' ')}, and each with '=')`);
    return inplace ? INPLACE_OFFSET + id : id;
  }

  private compareOp(token: Token): number {
    const id = (COMPARE_OPS as readonly string[]).indexOf(token.text);
    if (id < 0) this.fail(token, `unknown comparison operator '${token.text}' (known: ${COMPARE_OPS.join(' ')})`);
    return id;
  }

  /** `#k` is pool index k; a literal is looked up in the pool and appended when missing. */
  private constOperand(group: Token[]): number {
    const token = group[0]!;
    if (group.length === 1 && /^#\d+$/.test(token.text)) return Number(token.text.slice(1));
    if (group.length === 1 && token.text.startsWith('#')) this.fail(token, `bad constant index '${token.text}' (write #0, #1, ...)`);
    const refKey = group.length === 1 && token.text.startsWith('@') ? `@${token.text.slice(1)}` : null;
    const known = refKey !== null ? this.poolIndex.get(refKey) : undefined;
    if (known !== undefined) return known;
    const { value, key } = this.literal(group);
    const existing = this.poolIndex.get(key);
    if (existing !== undefined) return existing;
    const index = this.builder.appendConstant(value);
    this.poolIndex.set(key, index);
    return index;
  }

  // --- literals

  /** A whole operand group as one constant, with its pool-sharing key. */
  private literal(group: Token[]): { value: ConstValue; key: string } {
    const token = group[0]!;
    if (group.length === 1 && token.kind === 'word' && token.text.startsWith('@')) {
      return { value: this.module.codeRef(token), key: token.text };
    }
    const [value, next] = this.value(group, 0, 0);
    if (next !== group.length) this.fail(group[next]!, `unexpected '${group[next]!.text}' after the literal`);
    return { value, key: literalKey(value) };
  }

  /** Parses one value (not a code reference) starting at tokens[i]; returns it and the next index. */
  private value(tokens: Token[], i: number, depth: number): [PyValue, number] {
    const token = tokens[i] ?? this.fail(tokens[i - 1]!, 'literal ends too early');
    if (token.kind === 'string') return [token.value as string, i + 1];
    if (token.kind === 'bytes') return [new PyBytes(token.value as Uint8Array), i + 1];
    if (token.kind === 'punct' && token.text === '(') return this.tuple(tokens, i, depth);
    if (token.kind === 'word' && token.text === 'frozenset' && tokens[i + 1]?.text === '(') {
      const [items, next] = this.tuple(tokens, i + 1, depth);
      return [frozensetOf(items.items), next];
    }
    if (token.kind === 'word') return [this.scalar(token), i + 1];
    return this.fail(token, `unexpected '${token.text}' in literal`);
  }

  private tuple(tokens: Token[], i: number, depth: number): [PyTuple, number] {
    if (depth >= MAX_LITERAL_DEPTH) this.fail(tokens[i]!, `tuple literal nested deeper than ${MAX_LITERAL_DEPTH}`);
    const items: PyValue[] = [];
    let j = i + 1;
    let sawComma = false;
    while (tokens[j]?.text !== ')') {
      if (tokens[j]?.kind === 'word' && tokens[j]!.text.startsWith('@')) this.fail(tokens[j]!, 'a code reference cannot be inside a tuple');
      const [item, next] = this.value(tokens, j, depth + 1);
      items.push(item);
      j = next;
      const sep = tokens[j] ?? this.fail(tokens[j - 1]!, "unbalanced '(' in literal");
      if (sep.text === ',') {
        sawComma = true;
        j++;
      } else if (sep.text !== ')') {
        this.fail(sep, `expected ',' or ')' in tuple, found '${sep.text}'`);
      }
    }
    if (items.length === 1 && !sawComma) this.fail(tokens[i]!, 'a one-item tuple needs a trailing comma: (x,)');
    return [new PyTuple(items), j + 1];
  }

  /** None True False Ellipsis, ints of any size, floats (inf, -inf, nan too). */
  private scalar(token: Token): PyValue {
    const t = token.text;
    switch (t) {
      case 'None': return null;
      case 'True': return true;
      case 'False': return false;
      case 'Ellipsis': case '...': return Ellipsis;
      case 'inf': case '+inf': return new PyFloat(Infinity);
      case '-inf': return new PyFloat(-Infinity);
      case 'nan': return new PyFloat(NaN);
    }
    if (INTEGER.test(t)) {
      const magnitude = BigInt(t.replace(/^[+-]/, ''));
      return normInt(t.startsWith('-') ? -magnitude : magnitude);
    }
    if (FLOAT.test(t)) return new PyFloat(Number(t));
    if (t.startsWith('#')) this.fail(token, `'${t}' is a constant index; it cannot be part of a literal`);
    return this.fail(token, `bad literal '${t}'`);
  }

  // --- finishing

  private finish(): CodeObject {
    for (const [name, use] of this.labels) {
      if (!use.defined) this.fail(use.firstUse ?? this.block.at, `undefined label '${name}'`);
    }
    if (this.lastLineAt && this.lineTable[this.lineTable.length - 2] === this.builder.pc) {
      this.fail(this.lastLineAt, '.line is not followed by an instruction');
    }
    const code = this.guard(() => this.builder.build());
    code.lineTable = Int32Array.from(this.lineTable);
    const declared = this.header.maxStack;
    if (declared !== undefined) {
      if (declared < code.maxStack) this.fail(this.header.maxStackAt!, `.stacksize ${declared} is less than the computed stack depth ${code.maxStack}`);
      code.maxStack = declared;
    }
    this.guard(() => validateCode(code));
    return code;
  }

  /** Turns a BytecodeError into an AsmError at the offending instruction (or the block). */
  private guard<T>(step: () => T): T {
    try {
      return step();
    } catch (e) {
      if (!(e instanceof BytecodeError)) throw e;
      const at = e.where.pc !== undefined ? this.pcTokens[e.where.pc] : undefined;
      return this.fail(at ?? this.block.at, `invalid code in block '${this.block.id}': ${e.problem}`);
    }
  }
}

/** Pool-sharing key: equal keys are the same Python constant (1, 1.0 and True differ). */
function literalKey(value: ConstValue): string {
  if (value === null) return 'N';
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return `i${value}`;
    case 'string':
      return `s${JSON.stringify(value)}`;
    case 'boolean':
      return value ? 'T' : 'F';
  }
  if (value instanceof PyFloat) return Object.is(value.value, -0) ? 'f-0' : `f${value.value}`;
  if (value instanceof PyBytes) return `b${Array.from(value.data).join(',')}`;
  if (value instanceof PyTuple) return `(${value.items.map(literalKey).join(',')})`;
  if (value instanceof PyFrozenSet) return `{${value.table.liveKeys().map(literalKey).join(',')}}`;
  return value === Ellipsis ? 'E' : `?${String(value)}`;
}

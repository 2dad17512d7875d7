// Prints a Pyta AST exactly like CPython 3.11's `ast.dump(tree, include_attributes=True)`, so
// parser tests compare our tree with goldens recorded by CPython. A debugging and test aid:
// it reads the AST only, and its Python reprs (str, bytes, float) cover what literals need,
// not the runtime's general formatting.

import type * as ast from './ast.js';

/** Fields in CPython's `_fields` order; `type_` stands for ExceptHandler's `type`. */
const FIELDS: Record<string, readonly string[]> = {
  Module: ['body', 'type_ignores'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value'], Delete: ['targets'], Assign: ['targets', 'value'],
  AugAssign: ['target', 'op', 'value'], AnnAssign: ['target', 'annotation', 'value', 'simple'],
  For: ['target', 'iter', 'body', 'orelse'], While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'], With: ['items', 'body'], Raise: ['exc', 'cause'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'], Assert: ['test', 'msg'],
  Import: ['names'], ImportFrom: ['module', 'names', 'level'], Global: ['names'],
  Nonlocal: ['names'], Expr: ['value'], Pass: [], Break: [], Continue: [],
  BoolOp: ['op', 'values'], NamedExpr: ['target', 'value'], BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'], Lambda: ['args', 'body'], IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'], Set: ['elts'], ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'], DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'], Yield: ['value'], YieldFrom: ['value'],
  Compare: ['left', 'ops', 'comparators'], Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'conversion', 'format_spec'], JoinedStr: ['values'],
  Constant: ['value', 'kind'], Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'], Starred: ['value', 'ctx'], Name: ['id', 'ctx'],
  List: ['elts', 'ctx'], Tuple: ['elts', 'ctx'], Slice: ['lower', 'upper', 'step'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'],
  ExceptHandler: ['type_', 'name', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
  arg: ['arg', 'annotation'], keyword: ['arg', 'value'], alias: ['name', 'asname'],
  withitem: ['context_expr', 'optional_vars'],
};

/** Fields whose string value is an operator or context singleton, printed as `Add()`. */
const SINGLETON_FIELDS = new Set(['op', 'ctx']);
const UNLOCATED = new Set(['Module', 'comprehension', 'arguments', 'withitem']);
const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

/** CPython's ast.dump(node, include_attributes=True). */
export function dumpAst(node: ast.Node): string {
  return dumpNode(node as unknown as Record<string, unknown>);
}

function dumpNode(node: Record<string, unknown>): string {
  const type = node['type'] as string;
  const parts: string[] = [];
  for (const field of FIELDS[type]!) {
    const value = node[field];
    if (value === null || value === undefined) continue; // optional field that is None
    const name = field === 'type_' ? 'type' : field;
    parts.push(`${name}=${dumpField(field, value, type)}`);
  }
  if (!UNLOCATED.has(type)) {
    for (const attr of ATTRIBUTES) parts.push(`${attr}=${node[attr] as number}`);
  }
  return `${type}(${parts.join(', ')})`;
}

function dumpField(field: string, value: unknown, owner: string): string {
  if (Array.isArray(value)) return `[${value.map((v) => dumpListItem(field, v)).join(', ')}]`;
  if (owner === 'Constant' && field === 'value') return constantRepr(value as ast.ConstantValue);
  if (typeof value === 'string') return SINGLETON_FIELDS.has(field) ? `${value}()` : pyStrRepr(value);
  if (typeof value === 'number') return String(value);
  return dumpNode(value as Record<string, unknown>);
}

function dumpListItem(field: string, v: unknown): string {
  if (v === null) return 'None';
  if (typeof v === 'string') return field === 'ops' ? `${v}()` : pyStrRepr(v);
  return dumpNode(v as Record<string, unknown>);
}

/** Python's repr() of a constant's value. */
export function constantRepr(v: ast.ConstantValue): string {
  switch (v.kind) {
    case 'int': return v.value.toString();
    case 'float': return pyFloatRepr(v.value);
    case 'complex': return complexRepr(v.imag);
    case 'str': return pyStrRepr(v.value);
    case 'bytes': return pyBytesRepr(v.value);
    case 'bool': return v.value ? 'True' : 'False';
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
  }
}

function complexRepr(imag: number): string {
  const s = pyFloatRepr(imag);
  return (s.endsWith('.0') ? s.slice(0, -2) : s) + 'j';
}

/** repr(float): shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mant, expText] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp).toString().padStart(2, '0');
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** repr(str) as CPython prints it (quote choice, escapes, non-printables). */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f || ch === ' ') out += ch;
    else if (!NON_PRINTABLE.test(ch)) out += ch;
    else if (cp <= 0xff) out += '\\x' + hex(cp, 2);
    else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

/** repr(bytes). */
export function pyBytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += ch;
  }
  return out + quote;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

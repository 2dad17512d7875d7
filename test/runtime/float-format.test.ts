// Golden tests for src/runtime/float-format.ts: repr(float), format(value, spec) and `%` formatting
// against CPython 3.11 results recorded by test/runtime/record_format.py (format-expected.json).
// COREVM_FORMAT_DATA=path runs the same checks on another recording (e.g. a large fuzz set).
// Values are rebuilt from tagged JSON so floats stay distinct from ints; no VM objects are used.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import {
  floatRepr,
  floatToIntChecked,
  formatFloat,
  formatInt,
  formatStr,
  intToFloat,
  percentFormat,
  pyStrRepr,
  type PercentHooks,
} from '../../src/runtime/float-format.js';
import { PyHostError } from '../../src/runtime/host-error.js';

type Tagged = { f?: string; i?: string; b?: boolean; s?: string; n?: number; t?: Tagged[]; l?: Tagged[]; d?: [string, Tagged][] };
type Outcome = { ok?: string; err?: [string, string] };
interface FormatData {
  python: string;
  repr: [string, string][];
  format: [Tagged, string, Outcome][];
  percent: [string, Tagged, Outcome][];
}

class PyFloat {
  constructor(readonly v: number) {}
}
class PyTuple {
  constructor(readonly items: unknown[]) {}
}
class PyList {
  constructor(readonly items: unknown[]) {}
}
class PyDict {
  constructor(readonly map: Map<string, unknown>) {}
}

function parseFloatText(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}

function decode(t: Tagged): unknown {
  if (t.f !== undefined) return new PyFloat(parseFloatText(t.f));
  if (t.i !== undefined) {
    const b = BigInt(t.i);
    return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
  }
  if (t.b !== undefined) return t.b;
  if (t.s !== undefined) return t.s;
  if (t.n !== undefined) return null;
  if (t.t !== undefined) return new PyTuple(t.t.map(decode));
  if (t.l !== undefined) return new PyList(t.l.map(decode));
  return new PyDict(new Map(t.d!.map(([k, v]) => [k, decode(v)])));
}

function pyRepr(v: unknown): string {
  if (typeof v === 'string') return pyStrRepr(v);
  if (v instanceof PyTuple) {
    const inner = v.items.map(pyRepr).join(', ');
    return v.items.length === 1 ? `(${inner},)` : `(${inner})`;
  }
  if (v instanceof PyList) return `[${v.items.map(pyRepr).join(', ')}]`;
  if (v instanceof PyDict) {
    return `{${[...v.map].map(([k, x]) => `${pyStrRepr(k)}: ${pyRepr(x)}`).join(', ')}}`;
  }
  return pyStr(v);
}

function pyStr(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v === null) return 'None';
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return pyRepr(v);
}

function typeName(v: unknown): string {
  if (typeof v === 'string') return 'str';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number' || typeof v === 'bigint') return 'int';
  if (v instanceof PyFloat) return 'float';
  if (v instanceof PyTuple) return 'tuple';
  if (v instanceof PyList) return 'list';
  if (v instanceof PyDict) return 'dict';
  return 'NoneType';
}

const isInt = (v: unknown) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
const asInt = (v: unknown) => (typeof v === 'boolean' ? Number(v) : (v as number | bigint));

/** Hooks over the test's stand-in objects, with CPython's semantics for each conversion. */
const HOOKS: PercentHooks = {
  str: pyStr,
  repr: pyRepr,
  ascii: (v) => pyRepr(v).replace(/[^\x00-\x7f]/gu, (c) => {
    const n = c.codePointAt(0)!;
    if (n < 0x100) return '\\x' + n.toString(16).padStart(2, '0');
    if (n < 0x10000) return '\\u' + n.toString(16).padStart(4, '0');
    return '\\U' + n.toString(16).padStart(8, '0');
  }),
  typeName,
  isInt,
  toInt: (v) => (isInt(v) ? asInt(v) : v instanceof PyFloat ? floatToIntChecked(v.v) : undefined),
  toIndex: (v) => (isInt(v) ? asInt(v) : undefined),
  toFloat: (v) => (v instanceof PyFloat ? v.v : isInt(v) ? intToFloat(asInt(v)) : undefined),
  asStr: (v) => (typeof v === 'string' ? v : undefined),
  tupleItems: (v) => (v instanceof PyTuple ? v.items : undefined),
  isMapping: (v) => v instanceof PyDict || v instanceof PyList,
  getItem: (m, key) => {
    const map = (m as PyDict).map;
    if (!map.has(key)) throw new PyHostError('KeyError', pyStrRepr(key));
    return map.get(key);
  },
};

function run(fn: () => string): Outcome {
  try {
    return { ok: fn() };
  } catch (e) {
    if (e instanceof PyHostError) return { err: [e.pyType, e.pyMessage] };
    throw e;
  }
}

function formatValue(v: unknown, spec: string): string {
  if (v instanceof PyFloat) return formatFloat(v.v, spec);
  if (typeof v === 'boolean') return spec === '' ? pyStr(v) : formatInt(Number(v), spec, 'bool');
  if (typeof v === 'string') return formatStr(v, spec);
  return formatInt(v as number | bigint, spec);
}

const dataPath = process.env.COREVM_FORMAT_DATA ?? join(process.cwd(), 'test/runtime/format-expected.json');
const data = JSON.parse(readFileSync(dataPath, 'utf8')) as FormatData;

describe('float-format: repr(float) matches CPython', () => {
  for (const [text, want] of data.repr) {
    it(`repr(${want})`, () => {
      expect(floatRepr(parseFloatText(text))).to.equal(want);
    });
  }
});

describe('float-format: format(value, spec) matches CPython', () => {
  for (const [tagged, spec, want] of data.format) {
    const v = decode(tagged);
    it(`format(${pyRepr(v)}, ${JSON.stringify(spec)})`, () => {
      expect(run(() => formatValue(v, spec))).to.deep.equal(want);
    });
  }
});

describe('float-format: printf-style % matches CPython', () => {
  for (const [template, tagged, want] of data.percent) {
    const operand = decode(tagged);
    it(`${JSON.stringify(template)} % ${pyRepr(operand)}`, () => {
      expect(run(() => percentFormat(template, operand, HOOKS))).to.deep.equal(want);
    });
  }
});

describe('float-format: fast paths agree with the exact decimal expansion', () => {
  it('toFixed-based and BigInt-based fixed formatting agree on random doubles', () => {
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 20000; i++) {
      const x = (rand() - 0.5) * 10 ** Math.floor(rand() * 24 - 8);
      const prec = Math.floor(rand() * 18);
      const exact = BigIntFixed(x, prec);
      expect(formatFloat(x, `.${prec}f`), `${x} .${prec}f`).to.equal(exact);
    }
  });
});

/** Reference fixed formatting via exact rational arithmetic, half-even ties. */
function BigIntFixed(x: number, prec: number): string {
  const neg = x < 0 || Object.is(x, -0);
  let a = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(a)) {
    a *= 2;
    e++;
  }
  const num = BigInt(a) * 10n ** BigInt(prec);
  const den = 2n ** BigInt(e);
  let q = num / den;
  const r = num % den;
  if (2n * r > den || (2n * r === den && q % 2n === 1n)) q += 1n;
  let s = q.toString().padStart(prec + 1, '0');
  if (prec > 0) s = s.slice(0, -prec) + '.' + s.slice(-prec);
  return (neg ? '-' : '') + s;
}

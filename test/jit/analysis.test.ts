// The JIT's analysis passes on compiled Python: basic blocks and loops (with nesting depth
// and exception edges), liveness of locals used by exit state maps, and what type inference
// proves from a guard.

import { expect } from 'chai';
import type { CodeObject } from '../../src/bytecode/code-object.js';
import { Op } from '../../src/bytecode/opcodes.js';
import { compileModule } from '../../src/frontend/python/compiler.js';
import { buildCfg, reversePostOrder } from '../../jit/cfg.js';
import { computeLiveness } from '../../jit/liveness.js';
import { Kind, Ty, inferTypes, type TypeInfo } from '../../jit/types.js';
import { validateModule } from '../../src/bytecode/validator.js';

/** The code object of the function named `name` defined at the top of `source`. */
function functionCode(source: string, name: string): CodeObject {
  const module = compileModule(source, 'test.py');
  validateModule(module);
  const code = module.consts.find((c) => typeof c === 'object' && c !== null && (c as CodeObject).name === name);
  if (code === undefined) throw new Error(`no function ${name}`);
  return code as CodeObject;
}

function pcOf(code: CodeObject, op: number, nth = 0): number {
  let seen = 0;
  for (let pc = 0; pc < code.code.length; pc++) {
    if (code.code[pc] === op && code.stackHeights![pc]! >= 0 && seen++ === nth) return pc;
  }
  throw new Error('opcode not found');
}

describe('jit: control-flow graph', () => {
  it('finds nested loops with their depth', () => {
    const code = functionCode('def f(n):\n  t = 0\n  for i in range(n):\n    j = 0\n    while j < i:\n      t += j\n      j += 1\n  return t\n', 'f');
    const cfg = buildCfg(code);
    expect(cfg.loops).to.have.length(2);
    const depths = cfg.loops.map((l) => l.depth).sort();
    expect(depths).to.deep.equal([1, 2]);
    const inner = cfg.loops.find((l) => l.depth === 2)!;
    expect(inner.parent).to.equal(cfg.loops.find((l) => l.depth === 1));
    expect([...inner.body].every((b) => inner.parent!.body.has(b))).to.equal(true);
  });

  it('links blocks in a try range to their handler', () => {
    const code = functionCode('def f(x):\n  try:\n    y = 1 / x\n  except ZeroDivisionError:\n    y = 0\n  return y\n', 'f');
    const cfg = buildCfg(code);
    const guarded = cfg.blocks.filter((b) => b.handler >= 0);
    expect(guarded.length).to.be.greaterThan(0);
    for (const b of guarded) expect(b.succs).to.include(b.handler);
    expect(reversePostOrder(cfg)[0]).to.equal(0);
  });

  it('gives straight-line code one block and no loops', () => {
    const cfg = buildCfg(functionCode('def f(a, b):\n  c = a + b\n  return c * 2\n', 'f'));
    expect(cfg.blocks).to.have.length(1);
    expect(cfg.loops).to.deep.equal([]);
  });
});

describe('jit: liveness', () => {
  it('knows a local is dead after its last use and live across a loop', () => {
    const code = functionCode('def f(n):\n  a = n * 2\n  t = 0\n  for i in range(a):\n    t += i\n  return t\n', 'f');
    const live = computeLiveness(buildCfg(code));
    const [n, a, t] = ['n', 'a', 't'].map((v) => code.varnames.indexOf(v));
    const atLoop = live.liveBefore(pcOf(code, Op.FOR_ITER));
    expect(atLoop[t!]).to.equal(1);
    expect(atLoop[a!]).to.equal(0);
    expect(atLoop[n!]).to.equal(0);
    expect(live.liveBefore(0)[n!]).to.equal(1);
  });

  it('keeps locals the handler reads live throughout the try body', () => {
    const code = functionCode('def f(x):\n  y = 5\n  try:\n    y = 10 // x\n    z = 3\n  except ZeroDivisionError:\n    return y\n  return z\n', 'f');
    const live = computeLiveness(buildCfg(code));
    const y = code.varnames.indexOf('y');
    expect(live.liveBefore(pcOf(code, Op.BINARY_OP))[y]).to.equal(1);
  });
});

/** Types of `code` entered at its start with `params` unknown arguments, every site's
 *  feedback having seen small ints on both sides. */
function inferWithIntFeedback(code: CodeObject, params: number): TypeInfo {
  const cfg = buildCfg(code);
  const locals = new Uint16Array(code.nlocals).fill(Ty.Unbound);
  locals.fill(Ty.Any, 0, params);
  return inferTypes({
    cfg, blocks: cfg.blocks, generic: new Set(),
    entries: [{ block: 0, state: { locals, stack: new Uint16Array(code.maxStack) } }],
    feedback: { typeBits: new Int32Array(code.feedbackSlotCount).fill(Ty.Int | (Ty.Int << 16)) },
  });
}

describe('jit: type inference', () => {
  it('proves a local a small int after one guard on it, until it is assigned again', () => {
    const code = functionCode('def f(n, m):\n  if n < 2:\n    return n\n  a = n - 1\n  n = m\n  return a + (n - 2)\n', 'f');
    const types = inferWithIntFeedback(code, 2);
    const site = (op: number, nth: number) => types.numeric.get(pcOf(code, op, nth))!;
    expect(site(Op.COMPARE_OP, 0).left.guard).to.equal(true);
    expect(site(Op.BINARY_OP, 0).left.guard, 'n - 1 after n < 2').to.equal(false);
    expect(site(Op.BINARY_OP, 1).left.guard, 'n - 2 after n = m').to.equal(true);
  });

  it('wraps int arithmetic modulo 2**32 only where its value reaches a constant 32-bit mask', () => {
    const source = [
      'def f(s, m):',
      '  a = (s * 1103515245 + 12345) & 0x7FFFFFFF',
      '  b = (s * 3 + 1) & m',
      '  c = (s * 5 + 2) & 0xFFFFFFFFFFFFFFFF',
      '  d = s * 7',
      '  return a + b + c + (d & 0xFF)',
      '',
    ].join('\n');
    const code = functionCode(source, 'f');
    const types = inferWithIntFeedback(code, 2);
    const kinds = [0, 1, 3, 4, 6, 7, 9].map((nth) => types.numeric.get(pcOf(code, Op.BINARY_OP, nth))!.kind);
    // s * K and + 12345 wrap; the mask from a variable, the 64-bit mask and d (stored) do not.
    expect(kinds).to.deep.equal([Kind.IntWrap, Kind.IntWrap, Kind.IntArith, Kind.IntArith, Kind.IntArith, Kind.IntArith, Kind.IntArith]);
  });

  it('wraps int arithmetic whose value reaches % 2**k (k <= 32), and drops the zero check of a constant divisor', () => {
    const source = [
      'def f(s, m):',
      '  a = (s * 1103515245 + 12345) % 2147483648',
      '  b = (s * 69069 + 1) % 1000003',
      '  c = (s * 3 + 1) % m',
      '  return a + b + c',
      '',
    ].join('\n');
    const code = functionCode(source, 'f');
    const types = inferWithIntFeedback(code, 2);
    const site = (nth: number) => types.numeric.get(pcOf(code, Op.BINARY_OP, nth))!;
    // a's * and + wrap (its % is by a power of two); b's (% 1000003) and c's (% m) do not.
    expect([0, 1, 3, 4, 6, 7].map((nth) => site(nth).kind)).to.deep.equal([Kind.IntWrap, Kind.IntWrap, Kind.IntArith, Kind.IntArith, Kind.IntArith, Kind.IntArith]);
    expect([2, 5, 8].map((nth) => site(nth).constDivisor)).to.deep.equal([2147483648, 1000003, undefined]);
  });
});

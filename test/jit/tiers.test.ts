// Tier-up, OSR and deopt policy, observed through the VM's trace lines and JIT counters:
// a site alternating int and float deopts a bounded number of times (no recompile loop),
// a hot inner loop of a function called once is entered on-stack, hot generators are compiled
// and resumed across tiers, and every configuration prints what the interpreter prints.

import { expect } from 'chai';
import { validateModule } from '../../src/bytecode/validator.js';
import { MemoryTraceSink } from '../../src/debug/trace.js';
import { compileModule } from '../../src/frontend/python/compiler.js';
import { VM, type VMOptions } from '../../src/vm.js';

function run(source: string, options: Partial<VMOptions>): { stdout: string; trace: string; vm: VM } {
  const code = compileModule(source, 'prog.py');
  validateModule(code);
  let stdout = '';
  const sink = new MemoryTraceSink();
  const vm = new VM({ stdout: { write: (s) => void (stdout += s) }, stderr: { write: (s) => void (stdout += s) }, trace: sink, jitVerify: true, ...options });
  vm.runMain(code);
  return { stdout, trace: sink.text, vm };
}

const ALTERNATING = `
def add(a, b):
    return a + b

total = 0
for i in range(4000):
    total = add(total, i if i % 2 else 0.5)
print(total)
`;

const NESTED = `
def kernel(n):
    acc = 0.0
    for i in range(n):
        for j in range(50):
            acc += (i * j) % 7 * 0.25
    return acc

print(kernel(400))
`;

const GENERATORS = `
def squares(n):
    for i in range(n):
        yield i * i

def retry(items):
    for item in items:
        try:
            yield 10 // item
        except ZeroDivisionError:
            yield "zero"
            yield "again"

def delegate(n):
    total = yield from squares(n)
    yield total

print(sum(squares(3000)))
print(list(retry([1, 0, 2, 0] * 100))[-6:])
print(sum(x for x in delegate(500) if x is not None))
`;

// Compiled at call 100, before the `late` branch and the rare arms have run: each of their
// operator sites leaves compiled code when first reached, and the recompiled code computes
// them with what the interpreter saw. Fourteen such sites do not make the JIT give up.
const LATE_BRANCH = `
def scale(x, late):
    if late:
        return x * 2.5 + 1.0
    return x + 1

def rare(i, k):
${Array.from({ length: 14 }, (_, k) => `    if k == ${k}:\n        return i * ${k + 1} - ${k}\n`).join('')}    return i

total = 0
for i in range(3000):
    total += scale(i, i >= 2000) + rare(i, i // 100 - 15)
print(total)
`;

describe('jit: tier-up, OSR and deopt policy', () => {
  it('an operator site that never ran leaves compiled code once, then is specialized', () => {
    const interpreted = run(LATE_BRANCH, { jit: 'off' });
    const r = run(LATE_BRANCH, { jitThreshold: 100, traceDeopt: true, traceJit: true });
    expect(r.stdout).to.equal(interpreted.stdout);
    const noFeedback = r.trace.match(/^\[deopt\] scale .* no type feedback .*$/gm) ?? [];
    expect(noFeedback, r.trace).to.have.length(1);
    expect(noFeedback[0]).to.match(/ line 4: .*site count 1, will recompile$/);
    expect(r.trace).to.match(/^\[deopt\] rare \(prog\.py:7\) pc \d+ line 35: .*no type feedback/m);
    expect(r.trace, r.trace).not.to.contain('stays in the interpreter');
    // Each rare arm leaves once; the code is compiled again after each and never given up.
    expect(r.trace.match(/no type feedback/g)?.length ?? 0, r.trace).to.equal(15);
    expect(r.trace.match(/^\[jit\] rare /gm)?.length ?? 0, r.trace).to.be.greaterThan(14);
  });

  it('compiles hot generators as resumable frames; a yield in a handler resumes in the interpreter', () => {
    const interpreted = run(GENERATORS, { jit: 'off' });
    const r = run(GENERATORS, { jitThreshold: 50, traceJit: true });
    expect(r.stdout).to.equal(interpreted.stdout);
    for (const name of ['squares', 'retry', 'delegate']) {
      expect(r.trace).to.match(new RegExp(`^\\[jit\\] ${name} \\(prog\\.py:\\d+\\) bytecode \\d+ words, js \\d+ chars, generator, [\\d.]+ ms: compiled$`, 'm'));
    }
    // Nothing bails out: not yield from, nor the yields in an except handler (that resume point
    // is declined and runs in the interpreter).
    expect(r.vm.jit!.stats.failed, r.trace).to.equal(0);
    const stressed = run(GENERATORS, { jitThreshold: 2, osrThreshold: 1, deoptStress: true });
    expect(stressed.stdout).to.equal(interpreted.stdout);
  });


  it('a site alternating int and float deopts a bounded number of times, then stays generic', () => {
    const interpreted = run(ALTERNATING, { jit: 'off' });
    const r = run(ALTERNATING, { jitThreshold: 2, osrThreshold: 10, traceDeopt: true });
    expect(r.stdout).to.equal(interpreted.stdout);
    const stats = r.vm.jit!.stats;
    expect(stats.deopts, r.trace).to.be.greaterThan(0);
    expect(stats.deopts, r.trace).to.be.at.most(6);
    expect(stats.compiled + stats.osrCompiled, r.trace).to.be.at.most(8);
    expect(r.trace).to.match(/^\[deopt\] add \(prog\.py:2\) pc \d+ line 3: guard failed: /m);
  });

  it('enters a hot loop nested in another loop on-stack, with the interpreter frame values', () => {
    const interpreted = run(NESTED, { jit: 'off' });
    const r = run(NESTED, { osrThreshold: 100, traceOsr: true });
    expect(r.stdout).to.equal(interpreted.stdout);
    expect(r.trace).to.match(/^\[osr\] kernel \(prog\.py:2\) enters compiled code at pc \d+ \(line 5\)$/m);
    expect(r.vm.jit!.stats.osrEntries).to.equal(1);
  });

  it('deopt stress makes every guard fail once and still prints what the interpreter prints', () => {
    const interpreted = run(NESTED, { jit: 'off' });
    const r = run(NESTED, { jitThreshold: 2, osrThreshold: 1, deoptStress: true });
    expect(r.stdout).to.equal(interpreted.stdout);
    expect(r.vm.jit!.stats.deopts).to.be.greaterThan(0);
  });

  it('--no-jit never compiles, and --jit-stats counts what the JIT did', () => {
    expect(run(NESTED, { jit: 'off' }).vm.jit).to.equal(null);
    const r = run(NESTED, { osrThreshold: 100 });
    expect(r.vm.jit!.summary()).to.match(/^\[jit-stats\] compiled 0 functions and 1 loops \(OSR\), 0 bail-outs, 0 deopts, 1 OSR entries, [\d.]+ ms compiling\n$/);
  });
});

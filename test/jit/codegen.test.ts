// The stage-1 JIT on its own terms: named bail-out reasons in --trace-jit, hostile guest names
// and strings behaving as in the interpreter, deopt to the interpreter at an exception handler,
// --print-jit comments, and the fallback when code generation from strings is disallowed.

import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeObject } from '../../src/bytecode/code-object.js';
import { validateModule } from '../../src/bytecode/validator.js';
import { MemoryTraceSink } from '../../src/debug/trace.js';
import { compileModule } from '../../src/frontend/python/compiler.js';
import { VM, JIT_DISALLOWED_NOTICE } from '../../src/vm.js';
import { BASELINE } from '../../jit/codegen.js';

interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
  trace: string;
}

/** Runs `source` in a fresh VM, interpreted or with every function compiled on first call. */
function runSource(source: string, jit: boolean, extra: { printJit?: boolean } = {}): Outcome {
  const code = compileModule(source, 'prog.py');
  validateModule(code);
  let stdout = '';
  let stderr = '';
  const sink = new MemoryTraceSink();
  const vm = new VM({
    stdout: { write: (s) => void (stdout += s) },
    stderr: { write: (s) => void (stderr += s) },
    trace: sink,
    jit: jit ? 'on' : 'off',
    jitEager: true,
    jitVerify: true,
    traceJit: true,
    printJit: extra.printJit ?? false,
  });
  const status = vm.runMain(code);
  return { stdout, stderr, status, trace: sink.text };
}

/** Both tiers print the same; the JIT run compiled `fn` (so the test exercised it). */
function expectSameInBothTiers(source: string, fn: string): Outcome {
  const interpreted = runSource(source, false);
  const compiled = runSource(source, true);
  expect(compiled.trace).to.match(new RegExp(`^\\[jit\\] ${fn} \\(prog\\.py:\\d+\\).*: compiled$`, 'm'));
  expect(compiled.stdout).to.equal(interpreted.stdout);
  expect(compiled.stderr).to.equal(interpreted.stderr);
  expect(compiled.status).to.equal(interpreted.status);
  return compiled;
}

function functionCode(module: CodeObject, name: string): CodeObject {
  return module.consts.find((c) => typeof c === 'object' && c !== null && (c as CodeObject).name === name) as CodeObject;
}

describe('jit: stage-1 baseline compiler', () => {
  it('reports a named bail-out and leaves the function interpreted', () => {
    const r = runSource('def f():\n    x = 1\n    return dir()\nprint(f())\n', true);
    expect(r.stdout).to.equal("['x']\n");
    expect(r.trace).to.match(/^\[jit\] f \(prog\.py:1\) bytecode \d+ words, [\d.]+ ms: bailout FRAME_INTROSPECTION: .* at pc \d+ \(line 3\)$/m);
  });

  it('compiles dir(x) and vars(x), which do not read the frame, but not dir() or an alias of it', () => {
    const source = [
      'class P:\n    def __init__(self):\n        self.a = 1\n        self.b = [2]',
      'def g(o):\n    return sorted(vars(o)), len(dir(o)) > 2, vars(o)',
      'def h():\n    z = 3\n    return dir()',
      'def k():\n    w = 4\n    f = dir\n    return f()',
      'print(g(P()), h(), k())',
    ].join('\n') + '\n';
    const r = expectSameInBothTiers(source, 'g');
    expect(r.stdout).to.equal("(['a', 'b'], True, {'a': 1, 'b': [2]}) ['z'] ['f', 'w']\n");
    expect(r.trace).to.match(/^\[jit\] h \(prog\.py:\d+\).*bailout FRAME_INTROSPECTION/m);
    expect(r.trace).to.match(/^\[jit\] k \(prog\.py:\d+\).*bailout FRAME_INTROSPECTION/m);
  });

  it('bails out of generators and module bodies by name', () => {
    const module = compileModule('def g():\n    yield 1\n', 'prog.py');
    validateModule(module);
    const vm = new VM({ stdout: { write: () => {} }, stderr: { write: () => {} }, jit: 'on', trace: new MemoryTraceSink() });
    expect(vm.jit!.compile(functionCode(module, 'g'), BASELINE)).to.deep.include({ bailout: 'GENERATOR' });
    expect(vm.jit!.compile(module, BASELINE)).to.deep.include({ bailout: 'MODULE_BODY' });
  });

  it('compiles int arithmetic, calls, closures and keyword arguments like the interpreter', () => {
    expectSameInBothTiers([
      'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)',
      'def outer(a, *rest, k=2, **kw):\n    def inner(b):\n        return a * b + k\n    return [inner(x) for x in rest], sorted(kw.items())',
      'print(fib(15), 2**53 + fib(1) + 2**53)',
      'print(outer(3, 1, 2, k=5, z=1, y=2))',
      'print(9007199254740991 + 1, -9007199254740991 - 1)',
    ].join('\n') + '\n', 'fib');
  });

  it('treats hostile names and strings exactly as the interpreter does', () => {
    const source = [
      'class O:\n    pass',
      'def f(__proto__, constructor):',
      '    toString = "q\'\\"\\\\ */ \\u2028 \\u2029 ${x} `"',
      '    hasOwnProperty = {"__proto__": 1, "constructor": 2, toString: 3}',
      '    o = O()',
      '    o.__proto__ = __proto__',
      '    o.constructor = constructor',
      '    setattr(o, "toString", toString)',
      '    valueOf = o.__proto__ + o.constructor',
      '    return valueOf, o.toString, sorted(hasOwnProperty.items()), hasOwnProperty["__proto__"]',
      'print(f(1, 2))',
      'def g():\n    return undefined_name_with_quote',
      'g()',
    ].join('\n') + '\n';
    const r = expectSameInBothTiers(source, 'f');
    expect(r.stdout).to.contain('\\u2028');
    expect(r.stderr).to.contain("NameError: name 'undefined_name_with_quote' is not defined");
  });

  it('deopts to the interpreter at an exception handler with the live values', () => {
    expectSameInBothTiers([
      'def f(xs):\n    total = 0\n    for x in xs:\n        try:\n            total += 10 // x\n        except ZeroDivisionError as e:\n            total -= 1\n            print("caught", e, total)\n        finally:\n            total += 100\n    return total',
      'print(f([1, 0, 2, 0, 5]))',
      'def h(n):\n    if n == 0:\n        raise ValueError("deep")\n    return h(n - 1)',
      'def k():\n    try:\n        h(3)\n    except ValueError:\n        raise KeyError("again")',
      'k()',
    ].join('\n') + '\n', 'f');
  });

  it('prints the generated JS with pc and line comments under --print-jit', () => {
    const r = runSource('def add(a, b):\n    return a + b\nprint(add(1, 2))\n', true, { printJit: true });
    expect(r.stdout).to.equal('3\n');
    expect(r.trace).to.contain('const direct = function py$prog$add(fn, l0, l1)');
    expect(r.trace).to.contain('const entry = function py$prog$add$args(fn, args, start, count, kwnames)');
    expect(r.trace).to.contain('// pc 4 BINARY_OP 0 (line 2)');
    expect(r.trace).to.match(/\/\/ block 0: pc 0\.\.\d+, line 2/);
  });

  it('enters positional bodies directly and binds defaults, keywords and *args on the way in', () => {
    const r = expectSameInBothTiers([
      'def area(w, h=2):\n    return w * h',
      'def total(*xs, scale=1):\n    return sum(xs) * scale',
      'class P:\n    def __init__(self, x):\n        self.x = x\n    def plus(self, d, e=0):\n        return self.x + d + e',
      'def drive():\n    p = P(1)\n    out = [area(3), area(3, 4), area(h=5, w=2), area(*[6, 7]), total(1, 2, scale=3), p.plus(2), p.plus(2, e=3), P.plus(p, 4)]',
      '    try:\n        area(1, 2, 3)\n    except TypeError as e:\n        out.append(str(e))',
      '    return out',
      'print(drive())',
    ].join('\n') + '\n', 'drive');
    expect(r.stdout).to.equal("[6, 12, 10, 42, 9, 3, 6, 5, 'area() takes from 1 to 2 positional arguments but 3 were given']\n");
    expect(r.trace).to.match(/^\[jit\] area \(prog\.py:1\).*: compiled$/m);
  });

  it('runs in the interpreter with one notice when code generation is disallowed', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corevm-jit-'));
    try {
      const file = path.join(dir, 'prog.py');
      fs.writeFileSync(file, 'def f(n):\n    return n * 2\nfor i in range(3):\n    print(f(i))\n');
      const cli = path.join(process.cwd(), 'dist', 'src', 'cli', 'main.js');
      const run = (flags: string[]) => spawnSync(process.execPath, [...flags, cli, 'run', '--jit-eager', file], { encoding: 'utf8' });
      const normal = run([]);
      const disallowed = run(['--disallow-code-generation-from-strings']);
      expect(normal.stdout).to.equal('0\n2\n4\n');
      expect(disallowed.stdout).to.equal(normal.stdout);
      expect(disallowed.stderr).to.equal(JIT_DISALLOWED_NOTICE);
      expect(disallowed.status).to.equal(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

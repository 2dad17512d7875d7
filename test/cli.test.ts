// The `corevm` command as a user runs it (a child process): exit statuses, one-line errors
// without JS stack traces for bad input, atomic output files, and the asm/run/disasm round.

import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CLI = path.join(process.cwd(), 'dist', 'src', 'cli', 'main.js');

function corevm(args: string[], cwd = process.cwd()): { stdout: string; stderr: string; status: number } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}

function expectOneLineError(r: { stderr: string; status: number }, pattern: RegExp): void {
  expect(r.status).to.equal(2);
  expect(r.stderr.trimEnd().split('\n')).to.have.length(1);
  expect(r.stderr).to.match(pattern);
  expect(r.stderr).to.not.match(/\n\s+at /);
}

describe('corevm command', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corevm-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('assembles, runs and disassembles a module', () => {
    const out = path.join(dir, 'closures.cvm');
    expect(corevm(['asm', 'examples/closures.cvmasm', '-o', out]).status).to.equal(0);
    const run = corevm(['run', out]);
    expect(run.stdout).to.equal('11\n16\n1 17\ncounter: 18\n');
    const disasm = corevm(['disasm', out]);
    expect(disasm.status).to.equal(0);
    expect(disasm.stdout).to.contain('.code make_counter');
  });

  it('rejects a truncated module with one line and exit status 2', () => {
    const out = path.join(dir, 'fib.cvm');
    corevm(['asm', 'examples/fib.cvmasm', '-o', out]);
    const bytes = fs.readFileSync(out);
    const truncated = path.join(dir, 'truncated.cvm');
    fs.writeFileSync(truncated, bytes.subarray(0, bytes.length >> 1));
    expectOneLineError(corevm(['run', truncated]), /^corevm: bad bytecode: .*truncated/);
  });

  it('rejects a file that is not a module', () => {
    const bogus = path.join(dir, 'bogus.cvm');
    fs.writeFileSync(bogus, 'print("hello")\n');
    expectOneLineError(corevm(['run', bogus]), /not a corevm module \(bad magic\)/);
  });

  it('rejects every single-bit flip of a module cleanly or runs it', () => {
    const out = path.join(dir, 'closures-flip.cvm');
    corevm(['asm', 'examples/closures.cvmasm', '-o', out]);
    const bytes = fs.readFileSync(out);
    for (const offset of [0, 4, 9, 20, 40, bytes.length - 3]) {
      const flipped = Buffer.from(bytes);
      flipped[offset]! ^= 0x10;
      const file = path.join(dir, `flip-${offset}.cvm`);
      fs.writeFileSync(file, flipped);
      const r = corevm(['run', '--step-budget=100000', file]);
      expect([0, 1, 2, 3], `offset ${offset}: ${r.stderr}`).to.include(r.status);
      expect(r.stderr).to.not.match(/\n\s+at |internal error/);
    }
  });

  it('reports a missing program like CPython, with status 2', () => {
    expectOneLineError(corevm(['run', path.join(dir, 'nope.py')]), /can't open file .*nope\.py': \[Errno 2\] No such file or directory/);
  });

  it('reports usage errors with status 2', () => {
    expectOneLineError(corevm(['frobnicate', 'x.py']), /unknown command 'frobnicate'/);
    expectOneLineError(corevm(['run', '--no-such-flag', 'x.py']), /unknown option --no-such-flag/);
    expectOneLineError(corevm(['asm', 'examples/fib.cvmasm']), /needs an output file/);
  });

  it('prints --help generated from the options table', () => {
    const r = corevm(['--help']);
    expect(r.status).to.equal(0);
    for (const flag of ['--no-jit', '--jit-eager', '--print-bytecode', '--step-budget=N']) expect(r.stdout).to.contain(flag);
  });

  it('runs Python with sys.argv and exits 1 with a traceback on an uncaught exception', () => {
    const prog = path.join(dir, 'argv.py');
    fs.writeFileSync(prog, 'import sys\nprint(sys.argv[1:])\nraise ValueError("bad " + sys.argv[1])\n');
    const r = corevm(['run', prog, 'x', 'y']);
    expect(r.stdout).to.equal("['x', 'y']\n");
    expect(r.status).to.equal(1);
    expect(r.stderr).to.equal(`Traceback (most recent call last):\n  File "${prog}", line 3, in <module>\n    raise ValueError("bad " + sys.argv[1])\nValueError: bad x\n`);
  });

  it('honours SystemExit codes', () => {
    const prog = path.join(dir, 'exit.py');
    fs.writeFileSync(prog, 'import sys\nprint("before")\nsys.exit(3)\n');
    const r = corevm(['run', prog]);
    expect(r).to.deep.include({ stdout: 'before\n', status: 3 });
    fs.writeFileSync(prog, 'raise SystemExit("stopped")\n');
    expect(corevm(['run', prog])).to.deep.include({ stderr: 'stopped\n', status: 1 });
  });

  it('prints a syntax error like CPython with status 2', () => {
    const prog = path.join(dir, 'bad.py');
    fs.writeFileSync(prog, 'x = (1 +\n');
    const r = corevm(['run', prog]);
    expect(r.status).to.equal(2);
    expect(r.stderr).to.match(/^ {2}File ".*bad\.py", line 1\n/);
    expect(r.stderr.trimEnd().split('\n').at(-1)).to.equal("SyntaxError: '(' was never closed");
  });

  it('never leaves a half-written output file', () => {
    const prog = path.join(dir, 'broken.py');
    fs.writeFileSync(prog, 'def f(:\n');
    const out = path.join(dir, 'broken.cvm');
    const r = corevm(['compile', prog, '-o', out]);
    expect(r.status).to.equal(2);
    expect(fs.existsSync(out)).to.equal(false);
    expect(fs.readdirSync(dir).filter((f) => f.includes('broken.cvm'))).to.deep.equal([]);
  });

  it('the bundled CLI (dist/corevm.mjs, what npx corevm runs) behaves like the modular build', () => {
    const prog = path.join(dir, 'bundle.py');
    fs.writeFileSync(prog, 'import math, sys\nprint(sum(i * i for i in range(10)), math.sqrt(2), sys.argv[1:])\n[][0]\n');
    const bundle = spawnSync(process.execPath, [path.join(process.cwd(), 'dist', 'corevm.mjs'), 'run', prog, 'a'], { encoding: 'utf8' });
    const modular = corevm(['run', prog, 'a']);
    expect(bundle.stdout).to.equal("285 1.4142135623730951 ['a']\n");
    expect({ stdout: bundle.stdout, stderr: bundle.stderr, status: bundle.status }).to.deep.equal(modular);
  });

  it('stops a runaway program at the step budget with status 3', () => {
    const prog = path.join(dir, 'forever.py');
    fs.writeFileSync(prog, 'while True:\n    pass\n');
    const r = corevm(['run', '--step-budget=100000', prog]);
    expect(r.status).to.equal(3);
    expect(r.stderr).to.equal('corevm: resource limit: step budget exhausted\n');
  });
});

// The stackless interpreter on hand-written assembly: arithmetic with Python semantics and
// big ints, closures, exceptions unwinding across frames through exception tables,
// tracebacks, and the recursion limit (deep guest recursion never overflows the JS stack).

import { expect } from 'chai';
import * as fs from 'node:fs';
import { assemble } from '../../src/bytecode/assembler.js';
import { validateModule } from '../../src/bytecode/validator.js';
import { VM } from '../../src/vm.js';

interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

function runAsm(source: string, recursionLimit = 1000): Outcome {
  const code = assemble(source, 'test.cvmasm');
  validateModule(code);
  let stdout = '';
  let stderr = '';
  const vm = new VM({
    stdout: { write: (s) => void (stdout += s) },
    stderr: { write: (s) => void (stderr += s) },
    recursionLimit,
  });
  const status = vm.runMain(code);
  return { stdout, stderr, status };
}

/** A module that prints the value of one expression given as instructions. */
function printExpr(instructions: string): string {
  return `.code <module>\n .flags MODULE\n LOAD_GLOBAL print\n${instructions}\n CALL 1\n POP_TOP\n LOAD_CONST None\n RETURN_VALUE\n.end\n`;
}

describe('interpreter on assembly programs', () => {
  it('runs the bundled fib example', () => {
    const r = runAsm(fs.readFileSync('examples/fib.cvmasm', 'utf8'));
    expect(r.stderr).to.equal('');
    expect(r.stdout).to.equal('6765\n5050\n');
  });

  it('runs the bundled closures example (cells shared between calls)', () => {
    const r = runAsm(fs.readFileSync('examples/closures.cvmasm', 'utf8'));
    expect(r.stdout).to.equal('11\n16\n1 17\ncounter: 18\n');
  });

  it('floors integer division and takes the modulo sign from the divisor', () => {
    const r = runAsm(printExpr(' LOAD_CONST -7\n LOAD_CONST 2\n BINARY_OP //\n LOAD_CONST -7\n LOAD_CONST 2\n BINARY_OP %\n BUILD_TUPLE 2'));
    expect(r.stdout).to.equal('(-4, 1)\n');
  });

  it('moves to big ints past 2**53 and back', () => {
    const r = runAsm(printExpr(' LOAD_CONST 9007199254740991\n LOAD_CONST 9007199254740991\n BINARY_OP *\n COPY 1\n LOAD_CONST 9007199254740991\n BINARY_OP //\n BUILD_TUPLE 2'));
    expect(r.stdout).to.equal('(81129638414606663681390495662081, 9007199254740991)\n');
  });

  it('raises ZeroDivisionError with CPython wording and a traceback', () => {
    const r = runAsm(`.code <module>\n .flags MODULE\n .line 1\n LOAD_CONST 1\n LOAD_CONST 0\n BINARY_OP /\n POP_TOP\n LOAD_CONST None\n RETURN_VALUE\n.end\n`);
    expect(r.status).to.equal(1);
    expect(r.stderr).to.equal('Traceback (most recent call last):\n  File "test.cvmasm", line 1, in <module>\nZeroDivisionError: division by zero\n');
  });

  it('unwinds an exception from a callee to the caller\'s handler', () => {
    const source = `
.code <module>
  .flags MODULE
  .line 1
  LOAD_CONST @boom
  MAKE_FUNCTION 0
  STORE_NAME boom
try_start:
  .line 2
  LOAD_NAME boom
  CALL 0
  POP_TOP
try_end:
  JUMP_FORWARD done
handler:
  .line 3
  PUSH_EXC_INFO
  LOAD_GLOBAL KeyError
  CHECK_EXC_MATCH
  POP_JUMP_IF_FALSE reraise
  STORE_NAME e
  LOAD_GLOBAL print
  LOAD_CONST "caught"
  LOAD_NAME e
  CALL 2
  POP_TOP
  POP_EXCEPT
  JUMP_FORWARD done
reraise:
  RERAISE
done:
  LOAD_CONST None
  RETURN_VALUE
  .handler try_start try_end handler 0
.end
.code boom
  .firstline 10
  .line 11
  LOAD_GLOBAL KeyError
  LOAD_CONST "k"
  CALL 1
  RAISE_VARARGS 1
.end
`;
    const r = runAsm(source);
    expect(r.stderr).to.equal('');
    expect(r.stdout).to.equal("caught 'k'\n");
  });

  const recurse = (depth: number) => `
.code <module>
  .flags MODULE
  .line 1
  LOAD_CONST @down
  MAKE_FUNCTION 0
  STORE_NAME down
  LOAD_GLOBAL print
  LOAD_NAME down
  LOAD_CONST ${depth}
  CALL 1
  CALL 1
  POP_TOP
  LOAD_CONST None
  RETURN_VALUE
.end
.code down
  .firstline 5
  .args 1
  .flags OPTIMIZED|NEWLOCALS
  .locals n
  .line 6
  LOAD_FAST n
  LOAD_CONST 0
  COMPARE_OP ==
  POP_JUMP_IF_FALSE again
  LOAD_CONST 0
  RETURN_VALUE
again:
  .line 7
  LOAD_CONST 1
  LOAD_GLOBAL down
  LOAD_FAST n
  LOAD_CONST 1
  BINARY_OP -
  CALL 1
  BINARY_OP +
  RETURN_VALUE
.end
`;

  it('recurses 100000 guest frames deep without growing the JS stack', () => {
    const r = runAsm(recurse(100000), 100010);
    expect(r.stderr).to.equal('');
    expect(r.stdout).to.equal('100000\n');
  });

  it('raises RecursionError at the default limit of 1000', () => {
    const r = runAsm(recurse(5000));
    expect(r.status).to.equal(1);
    expect(r.stderr.trim().split('\n').at(-1)).to.equal('RecursionError: maximum recursion depth exceeded');
  });
});

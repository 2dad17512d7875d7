// Assembler tests: the examples assemble, symbolic operands resolve to the right words,
// literals of every kind parse, and each mistake gives an AsmError with the exact
// file:line:col and message. Reads the examples from the repository root (process.cwd()).

import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AsmError, assemble } from '../../src/bytecode/assembler.js';
import { encodeModule } from '../../src/bytecode/binary-format.js';
import { CodeObject } from '../../src/bytecode/code-object.js';
import { disassemble } from '../../src/bytecode/disassembler.js';
import { opInfoByName } from '../../src/bytecode/opcode-info.js';
import { BINARY_OPS, CodeFlags, INPLACE_OFFSET } from '../../src/bytecode/opcodes.js';
import { Ellipsis, PyBytes, PyFloat, PyTuple } from '../../src/runtime/values.js';

function op(name: string): number {
  return opInfoByName(name)!.code;
}

function readExample(name: string): string {
  return readFileSync(join(process.cwd(), 'examples', name), 'utf8');
}

/** A one-block module around `body`. */
function block(body: string, header = ''): CodeObject {
  return assemble(`.code f\n${header}\n${body}\n.end\n`, 't.cvmasm');
}

function asmError(source: string): string {
  try {
    assemble(source, 't.cvmasm');
  } catch (e) {
    if (e instanceof AsmError) return e.message;
    throw e;
  }
  return expect.fail('expected an AsmError');
}

/** The AsmError for `body` in a one-block module; body lines start at line 3. */
const blockError = (body: string, header = ''): string => asmError(`.code f\n${header}\n${body}\n.end\n`);

describe('assembler: examples', () => {
  it('assembles examples/fib.cvmasm: module, fib and sum_to', () => {
    const module = assemble(readExample('fib.cvmasm'), 'fib.cvmasm');
    const functions = module.consts.filter((c): c is CodeObject => c instanceof CodeObject);
    expect(functions.map((c) => c.name)).to.deep.equal(['fib', 'sum_to']);
    expect(module.flags).to.equal(CodeFlags.MODULE);
    expect(module.names).to.deep.equal(['fib', 'sum_to', 'print']);
    expect(functions[1]!.varnames).to.deep.equal(['n', 'total', 'i']);
    expect(module.stackHeights).to.not.equal(null);
  });

  it('assembles examples/closures.cvmasm with a cell and a free variable', () => {
    const module = assemble(readExample('closures.cvmasm'), 'closures.cvmasm');
    const makeCounter = module.consts[0] as CodeObject;
    const increment = makeCounter.consts.find((c): c is CodeObject => c instanceof CodeObject)!;
    expect(makeCounter.cellvars).to.deep.equal(['count']);
    expect(increment.freevars).to.deep.equal(['count']);
    expect(increment.qualname).to.equal('make_counter.<locals>.increment');
    expect(increment.flags).to.equal(CodeFlags.OPTIMIZED | CodeFlags.NEWLOCALS | CodeFlags.NESTED);
  });
});

describe('assembler: the format reference', () => {
  it('assembles the complete example in src/bytecode/README.md, which round-trips', () => {
    const readme = readFileSync(join(process.cwd(), 'src/bytecode/README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### A complete example'));
    const example = /```\n([\s\S]*?)```/.exec(section)![1]!;
    const module = assemble(example, 'README.md');
    const safeDiv = module.consts.find((c): c is CodeObject => c instanceof CodeObject)!;
    expect(safeDiv.exceptionTable).to.deep.equal([{ start: 0, end: 7, target: 7, depth: 0 }]);
    expect(encodeModule(assemble(disassemble(module), 'again'))).to.deep.equal(encodeModule(module));
  });
});

describe('assembler: operands', () => {
  it('resolves locals, names, cells and operators by name or symbol, or takes numbers', () => {
    const code = block(`
      LOAD_FAST y
      LOAD_FAST 0
      LOAD_GLOBAL print
      LOAD_GLOBAL #0
      LOAD_DEREF free
      BINARY_OP **=
      BINARY_OP 5
      COMPARE_OP >=
      RETURN_VALUE`, '.locals x y\n.cells c\n.freevars free');
    expect(Array.from(code.code)).to.deep.equal([
      op('LOAD_FAST'), 1, op('LOAD_FAST'), 0, op('LOAD_GLOBAL'), 0, op('LOAD_GLOBAL'), 0, op('LOAD_DEREF'), 1,
      op('BINARY_OP'), INPLACE_OFFSET + BINARY_OPS.indexOf('**'), op('BINARY_OP'), 5, op('COMPARE_OP'), 5,
      op('RETURN_VALUE'),
    ]);
  });

  it('takes `#k` as a constant index and anything else as a literal', () => {
    const code = block('LOAD_CONST #1\nPOP_TOP\nLOAD_CONST 1\nRETURN_VALUE', '.const "zero"\n.const "one"');
    expect(code.consts).to.deep.equal(['zero', 'one', 1]);
    expect(code.code[1]).to.equal(1);
    expect(code.code[4]).to.equal(2);
  });

  it('shares a literal operand with an equal pool entry, keeping 1, 1.0 and True apart', () => {
    const code = block(`
      LOAD_CONST 1
      LOAD_CONST 1.0
      LOAD_CONST True
      LOAD_CONST 1
      LOAD_CONST "s"
      BUILD_TUPLE 5
      RETURN_VALUE`, '.const "s"');
    expect(code.consts).to.deep.equal(['s', 1, new PyFloat(1), true]);
    expect([1, 3, 5, 7, 9].map((pc) => code.code[pc])).to.deep.equal([1, 2, 3, 1, 0]);
  });

  it('keeps explicit .const duplicates, so pools print back as they were', () => {
    const code = block('LOAD_CONST 7\nRETURN_VALUE', '.const 7\n.const 7');
    expect(code.consts).to.deep.equal([7, 7]);
    expect(code.code[1]).to.equal(0);
  });

  it('binds labels forward and backward, and takes a raw pc as a jump operand', () => {
    const code = block(`
      LOAD_CONST None
    top: JUMP_FORWARD out
      JUMP_BACKWARD top
    out:
      JUMP_FORWARD 8
      RETURN_VALUE`);
    expect(Array.from(code.code)).to.deep.equal([
      op('LOAD_CONST'), 0, op('JUMP_FORWARD'), 6, op('JUMP_BACKWARD'), 2, op('JUMP_FORWARD'), 8, op('RETURN_VALUE'),
    ]);
  });

  it('builds the line table exactly from .line directives and the header from directives', () => {
    const code = block('.line 5\nLOAD_CONST None\n.line 5\nRETURN_VALUE', '.args 1\n.posonly 1\n.kwonly 1\n.locals a b\n.flags OPTIMIZED|0x40');
    expect(Array.from(code.lineTable)).to.deep.equal([0, 5, 2, 5]);
    expect(code.firstLineNo).to.equal(5);
    expect([code.argCount, code.posOnlyArgCount, code.kwOnlyArgCount, code.flags]).to.deep.equal([1, 1, 1, 0x41]);
  });
});

describe('assembler: literals', () => {
  const constOf = (literal: string): unknown => block(`LOAD_CONST ${literal}\nRETURN_VALUE`).consts[0];

  it('reads ints of any size, canonical (number in the safe range, bigint outside)', () => {
    expect(constOf('-42')).to.equal(-42);
    expect(constOf('0x1F')).to.equal(31);
    expect(constOf('9007199254740991')).to.equal(9007199254740991);
    expect(constOf('9007199254740992')).to.equal(9007199254740992n);
    expect(constOf('-123456789012345678901234567890')).to.equal(-123456789012345678901234567890n);
  });

  it('reads floats, inf, -inf, nan and -0.0 exactly', () => {
    expect(constOf('2.5e-3')).to.deep.equal(new PyFloat(0.0025));
    expect(constOf('1e+16')).to.deep.equal(new PyFloat(1e16));
    expect(Object.is((constOf('-0.0') as PyFloat).value, -0)).to.equal(true);
    expect((constOf('inf') as PyFloat).value).to.equal(Infinity);
    expect((constOf('-inf') as PyFloat).value).to.equal(-Infinity);
    expect(Number.isNaN((constOf('nan') as PyFloat).value)).to.equal(true);
  });

  it('reads strings with JSON escapes (including lone surrogates) and bytes with \\x escapes', () => {
    expect(constOf('"a\\"b\\\\c\\n\\u00e9\\ud800"')).to.equal('a"b\\c\né\ud800');
    expect(constOf('"tab ; not a comment"')).to.equal('tab ; not a comment');
    expect(constOf('b"A\\x00\\xff\\n\\"\\\\"')).to.deep.equal(new PyBytes(Uint8Array.of(0x41, 0, 0xff, 0x0a, 0x22, 0x5c)));
  });

  it('reads None, True, False, Ellipsis and nested tuples', () => {
    expect(constOf('None')).to.equal(null);
    expect(constOf('Ellipsis')).to.equal(Ellipsis);
    expect(constOf('...')).to.equal(Ellipsis);
    expect(constOf('()')).to.deep.equal(new PyTuple([]));
    expect(constOf('(1,)')).to.deep.equal(new PyTuple([1]));
    expect(constOf('(1, ("a", (True, None)), b"x")')).to.deep.equal(
      new PyTuple([1, new PyTuple(['a', new PyTuple([true, null])]), new PyBytes(Uint8Array.of(0x78))]));
  });
});

describe('assembler: errors', () => {
  it('reports an unknown opcode, with a hint for lower case', () => {
    expect(blockError('FROB 1')).to.equal("t.cvmasm:3:1: unknown opcode 'FROB'");
    expect(blockError('  load_const 1')).to.equal("t.cvmasm:3:3: unknown opcode 'load_const' (opcode names are upper case)");
  });

  it('reports a wrong operand count', () => {
    expect(blockError('LOAD_CONST 1 2\nRETURN_VALUE')).to.equal('t.cvmasm:3:14: wrong operand count: LOAD_CONST takes 1 operand(s), got 2');
    expect(blockError('RETURN_VALUE None')).to.equal('t.cvmasm:3:14: wrong operand count: RETURN_VALUE takes 0 operand(s), got 1');
    expect(blockError('CALL\nRETURN_VALUE')).to.equal('t.cvmasm:3:1: wrong operand count: CALL takes 1 operand(s), got 0');
  });

  it('reports operands separated by commas', () => {
    expect(blockError('UNPACK_EX 1, 2')).to.equal("t.cvmasm:3:12: unexpected ',' (operands are separated by spaces)");
  });

  it('reports an undefined label at its first use', () => {
    expect(blockError('LOAD_CONST None\nJUMP_FORWARD nowhere\nRETURN_VALUE')).to.equal("t.cvmasm:4:14: undefined label 'nowhere'");
  });

  it('reports a duplicate label', () => {
    expect(blockError('a:\nLOAD_CONST None\na:\nRETURN_VALUE')).to.equal("t.cvmasm:5:1: duplicate label 'a'");
  });

  it('reports a bad jump operand', () => {
    expect(blockError('JUMP_FORWARD "x"')).to.equal('t.cvmasm:3:14: expected a label or a pc, found \'"x"\'');
  });

  it('reports bad literals', () => {
    expect(blockError('LOAD_CONST 1.2.3')).to.equal("t.cvmasm:3:12: bad literal '1.2.3'");
    expect(blockError('LOAD_CONST (1, #2)')).to.equal("t.cvmasm:3:16: '#2' is a constant index; it cannot be part of a literal");
    expect(blockError('LOAD_CONST (1)')).to.equal('t.cvmasm:3:12: a one-item tuple needs a trailing comma: (x,)');
    expect(blockError('LOAD_CONST (1 2)')).to.equal("t.cvmasm:3:15: expected ',' or ')' in tuple, found '2'");
    expect(blockError('LOAD_CONST (1,')).to.equal("t.cvmasm:3:12: unbalanced '(' in literal");
    expect(blockError('LOAD_CONST #x')).to.equal("t.cvmasm:3:12: bad constant index '#x' (write #0, #1, ...)");
  });

  it('reports bad string and bytes literals', () => {
    expect(blockError('LOAD_CONST "abc')).to.equal('t.cvmasm:3:12: unterminated string literal');
    expect(blockError('LOAD_CONST "\\q"')).to.equal('t.cvmasm:3:12: bad string literal "\\q" (JSON string syntax: \\" \\\\ \\n \\t \\uXXXX)');
    expect(blockError('LOAD_CONST b"\\q"')).to.equal("t.cvmasm:3:14: bad bytes literal: unknown escape '\\q'");
    expect(blockError('LOAD_CONST b"é"')).to.equal('t.cvmasm:3:14: bad bytes literal: only printable ASCII may appear unescaped (use \\xHH)');
  });

  it('reports unknown locals, cells and operators', () => {
    expect(blockError('LOAD_FAST z', '.locals a')).to.equal("t.cvmasm:3:11: unknown local 'z' (declare it with .locals)");
    expect(blockError('LOAD_DEREF z')).to.equal("t.cvmasm:3:12: unknown cell or free variable 'z' (declare it with .cells or .freevars)");
    expect(blockError('BINARY_OP ===')).to.match(/^t\.cvmasm:3:11: unknown binary operator '===' \(known: \+ & \/\/ /);
    expect(blockError('COMPARE_OP <>')).to.equal("t.cvmasm:3:12: unknown comparison operator '<>' (known: < <= == != > >=)");
  });

  it('reports operand numbers that do not fit a word', () => {
    expect(blockError('CALL 4294967296')).to.equal('t.cvmasm:3:6: number 4294967296 does not fit in 32 bits');
  });

  it('reports unknown and duplicate directives, and unknown flags', () => {
    expect(blockError('.frob 1')).to.equal("t.cvmasm:3:1: unknown directive '.frob'");
    expect(blockError('', '.args 1\n.args 2')).to.equal('t.cvmasm:3:1: duplicate .args directive');
    expect(blockError('', '.flags OPTIMIZED|FAST')).to.equal(
      "t.cvmasm:2:8: unknown code flag 'FAST' (known: OPTIMIZED, NEWLOCALS, VARARGS, VARKEYWORDS, NESTED, GENERATOR, CLASS_BODY, MODULE)");
    expect(blockError('.line 0')).to.equal('t.cvmasm:3:7: line number 0 is less than 1');
    expect(blockError('constructor 1')).to.equal("t.cvmasm:3:1: unknown opcode 'constructor'");
    expect(blockError('', '.flags toString')).to.match(/^t\.cvmasm:2:8: unknown code flag 'toString'/);
  });

  it('reports block structure mistakes', () => {
    expect(asmError('LOAD_CONST 1')).to.equal('t.cvmasm:1:1: expected .code NAME before anything else');
    expect(asmError('; only a comment\n')).to.equal('t.cvmasm:1:1: empty module: expected a .code block');
    expect(asmError('.code a\nRETURN_VALUE')).to.equal("t.cvmasm:1:1: block 'a' has no .end");
    expect(asmError('.code a\n.code b')).to.equal("t.cvmasm:2:1: .code inside block 'a' (missing .end)");
    expect(asmError('.end')).to.equal('t.cvmasm:1:1: .end without .code');
    expect(asmError('.code a\n.end\n.code a\n.end')).to.equal("t.cvmasm:3:7: duplicate code block 'a'");
  });

  it('reports code references that are undefined, reused, cyclic or missing', () => {
    const tail = 'MAKE_FUNCTION 0\nRETURN_VALUE\n.end\n';
    expect(asmError(`.code m\nLOAD_CONST @g\n${tail}`)).to.equal("t.cvmasm:2:12: undefined code block 'g'");
    expect(asmError(`.code m\nLOAD_CONST @m\n${tail}`)).to.equal("t.cvmasm:2:12: code block 'm' contains itself");
    expect(asmError(`.code m\n.const @g\n.const @g\nLOAD_CONST None\nRETURN_VALUE\n.end\n.code g\nLOAD_CONST None\nRETURN_VALUE\n.end`)).to.equal(
      "t.cvmasm:3:8: code block 'g' is already used as a constant");
    expect(asmError('.code m\nLOAD_CONST None\nRETURN_VALUE\n.end\n.code g\nLOAD_CONST None\nRETURN_VALUE\n.end')).to.equal(
      "t.cvmasm:5:1: code block 'g' is never used (every block but the first must be a constant)");
    expect(asmError('.code m\nLOAD_CONST (@g,)\nRETURN_VALUE\n.end')).to.equal('t.cvmasm:2:13: a code reference cannot be inside a tuple');
  });

  it('reports invalid code at the instruction that makes it invalid', () => {
    expect(blockError('LOAD_CONST None\nBINARY_OP +\nRETURN_VALUE')).to.equal(
      "t.cvmasm:4:1: invalid code in block 'f': stack underflow: needs 2 value(s), has 1");
    expect(blockError('LOAD_CONST #3\nRETURN_VALUE')).to.equal("t.cvmasm:3:1: invalid code in block 'f': constant index 3 out of range (0 constants)");
    expect(blockError('LOAD_CONST None')).to.equal(
      "t.cvmasm:3:1: invalid code in block 'f': control falls off the end of the code (missing terminator)");
  });

  it('reports a .stacksize below the computed depth and a dangling .line', () => {
    expect(blockError('LOAD_CONST None\nRETURN_VALUE', '.stacksize 0')).to.equal('t.cvmasm:2:1: .stacksize 0 is less than the computed stack depth 1');
    expect(blockError('LOAD_CONST None\nRETURN_VALUE\n.line 4')).to.equal('t.cvmasm:5:1: .line is not followed by an instruction');
  });
});

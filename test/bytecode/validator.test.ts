// Loader and validator tests: one test per BytecodeError message. Bad modules are made by
// assembling good code and then changing words or fields, or by crafting bytes by hand with
// the layout documented in src/bytecode/README.md (the first test checks that layout).
// Each test matches the whole message, so a wording change is a deliberate test change.

import { expect } from 'chai';
import { assemble } from '../../src/bytecode/assembler.js';
import { FORMAT_VERSION, MAX_BIGINT_BYTES, MAX_NESTING_DEPTH, decodeModule, encodeModule } from '../../src/bytecode/binary-format.js';
import { BytecodeError } from '../../src/bytecode/bytecode-error.js';
import { CodeObject } from '../../src/bytecode/code-object.js';
import { opInfoByName } from '../../src/bytecode/opcode-info.js';
import { CodeFlags, OPCODE_COUNT } from '../../src/bytecode/opcodes.js';
import { loadModule, validateModule } from '../../src/bytecode/validator.js';
import { PyTuple } from '../../src/runtime/values.js';

function op(name: string): number {
  const info = opInfoByName(name);
  if (!info) throw new Error(`no opcode ${name}`);
  return info.code;
}

/** The BytecodeError `fn` throws; anything else fails the test. */
function errorOf(fn: () => unknown): BytecodeError {
  try {
    fn();
  } catch (e) {
    if (e instanceof BytecodeError) return e;
    throw e;
  }
  return expect.fail('expected a BytecodeError');
}

function validationError(code: CodeObject): string {
  return errorOf(() => validateModule(code)).message;
}

function loadError(bytes: ArrayLike<number>): string {
  return errorOf(() => loadModule(Uint8Array.from(bytes), 'x.cvm')).message;
}

// pcs:  0 LOAD_FAST, 2 LOAD_CONST, 4 BINARY_OP, 6 STORE_FAST, 8 LOAD_DEREF, 10 LOAD_GLOBAL,
//      12 COMPARE_OP, 14 POP_JUMP_IF_FALSE, 16 LOAD_FAST, 18 RETURN_VALUE, 19 LOAD_CONST,
//      21 RETURN_VALUE; 22 words.
const BASE = `
.code f
    .args 1
    .locals x y
    .cells c
    .freevars d
    .line 1
    LOAD_FAST x
    LOAD_CONST 1
    BINARY_OP +
    STORE_FAST y
    LOAD_DEREF c
    LOAD_GLOBAL g
    COMPARE_OP <
    POP_JUMP_IF_FALSE skip
    LOAD_FAST y
    RETURN_VALUE
skip:
    .line 2
    LOAD_CONST None
    RETURN_VALUE
.end`;

const base = (): CodeObject => assemble(BASE, 'm.cvmasm');
const at = (pc: number, opname: string, problem: string): string => `m.cvmasm, function 'f', pc ${pc} (${opname}): ${problem}`;
const inF = (problem: string): string => `m.cvmasm, function 'f': ${problem}`;

/** A one-block module around `body`. */
function snippet(body: string, header = ''): CodeObject {
  return assemble(`.code f\n${header}\n${body}\n.end\n`, 'm.cvmasm');
}

// ---------------------------------------------------------------------------------------------
// Hand-crafted bytes: header, then a code object 'f' = LOAD_CONST 0; RETURN_VALUE with the
// given raw constant encodings. Offsets: name 8, qualname 10, firstLineNo 12, counts 13-16,
// maxStack 17, feedback count 18, word count 19, words 20-22, constant count 23, constants 24.

interface Craft {
  version?: number;
  opcodes?: number;
  feedback?: number;
  words?: number[];
  consts?: number[][];
}

function craft(c: Craft = {}): number[] {
  const version = c.version ?? FORMAT_VERSION;
  const opcodes = c.opcodes ?? OPCODE_COUNT;
  const words = c.words ?? [op('LOAD_CONST'), 0, op('RETURN_VALUE')];
  const consts = c.consts ?? [[0x4e]];
  return [
    0x7f, 0x43, 0x56, 0x4d, version & 0xff, version >> 8, opcodes & 0xff, opcodes >> 8,
    1, 0x66, 1, 0x66, 1, 0, 0, 0, 0, 1, c.feedback ?? 0,
    words.length, ...words,
    consts.length, ...consts.flat(),
    0, 0, 0, 0, 0, 0,
  ];
}

const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];

describe('bytecode loader: binary format errors', () => {
  it('crafted bytes follow the documented layout (same bytes as encodeModule)', () => {
    const code = snippet('LOAD_CONST None\nRETURN_VALUE', '.firstline 1');
    expect([...encodeModule(code)]).to.deep.equal(craft());
    expect(loadModule(Uint8Array.from(craft()), 'x.cvm').consts).to.deep.equal([null]);
  });

  it('rejects a file that does not start with the magic bytes', () => {
    expect(loadError([0x50, 0x4b, 0x03, 0x04, 1, 0])).to.equal('x.cvm: not a corevm module (bad magic)');
  });

  it('rejects a truncated file at every cut point with "truncated module"', () => {
    const bytes = craft();
    expect(loadError([])).to.equal('x.cvm: truncated module: magic at offset 0 needs 4 byte(s), 0 left');
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(loadError(bytes.slice(0, cut))).to.match(/^x\.cvm: truncated module: /);
    }
    expect(loadError(bytes.slice(0, 20))).to.equal('x.cvm: truncated module: code word count 3 at offset 19 exceeds the 0 byte(s) left');
  });

  it('rejects another format version', () => {
    expect(loadError(craft({ version: FORMAT_VERSION + 1 }))).to.equal(
      `x.cvm: unsupported format version ${FORMAT_VERSION + 1} (this corevm reads ${FORMAT_VERSION})`);
  });

  it('rejects a module built for an instruction table of another size', () => {
    expect(loadError(craft({ opcodes: OPCODE_COUNT - 1 }))).to.equal(
      `x.cvm: module was built for an instruction table of ${OPCODE_COUNT - 1} opcodes; this corevm has ${OPCODE_COUNT}`);
  });

  it('rejects an unknown constant tag', () => {
    expect(loadError(craft({ consts: [[0x01]] }))).to.equal('x.cvm: unknown constant tag 0x01 at offset 24');
  });

  it('rejects invalid UTF-8 in a string constant', () => {
    expect(loadError(craft({ consts: [[0x73, 2, 0xc3, 0x28]] }))).to.equal('x.cvm: invalid UTF-8 in string constant at offset 26');
  });

  it('rejects a surrogate pair written as two 3-byte sequences (the encoder never writes it)', () => {
    const pair = [0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80];
    expect(loadError(craft({ consts: [[0x73, 6, ...pair]] }))).to.equal('x.cvm: invalid UTF-8 in string constant at offset 26');
  });

  it('rejects trailing bytes after the module', () => {
    expect(loadError([...craft(), 0])).to.equal('x.cvm: trailing bytes after module (1 byte(s) at offset 31)');
  });

  it('rejects constants nested deeper than the limit', () => {
    const nested = [...Array.from({ length: MAX_NESTING_DEPTH + 1 }, () => [0x28, 1]).flat(), 0x4e];
    expect(loadError(craft({ consts: [nested] }))).to.equal(
      `x.cvm: constants nested deeper than ${MAX_NESTING_DEPTH} at offset ${24 + 2 * MAX_NESTING_DEPTH}`);
  });

  it('rejects a code object inside a tuple', () => {
    expect(loadError(craft({ consts: [[0x28, 1, 0x63]] }))).to.equal('x.cvm: code constant inside a tuple at offset 26');
  });

  it('rejects an overlong (non-canonical) varint', () => {
    const words = [op('LOAD_CONST') | 0x80, 0x00, 0, op('RETURN_VALUE')];
    const bytes = craft({ words });
    bytes[19] = 3;
    expect(loadError(bytes)).to.equal('x.cvm: non-canonical varint for code word at offset 20');
  });

  it('rejects a varint longer than 8 bytes', () => {
    expect(loadError(craft({ consts: [[0x69, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]] }))).to.equal(
      'x.cvm: varint for int constant at offset 25 is longer than 8 bytes');
  });

  it('rejects a varint above its limit (a code word over 32 bits)', () => {
    const bytes = craft({ words: [op('LOAD_CONST'), 0, op('RETURN_VALUE')] });
    bytes.splice(21, 1, 0xff, 0xff, 0xff, 0xff, 0x1f);
    expect(loadError(bytes)).to.equal('x.cvm: code word 8589934591 at offset 21 exceeds the limit 4294967295');
  });

  it('rejects a length larger than the rest of the file before allocating it', () => {
    expect(loadError(craft({ consts: [[0x73, 0xff, 0xff, 0xff, 0xff, 0x0f]] }))).to.equal(
      'x.cvm: truncated module: string constant length 4294967295 at offset 25 exceeds the 6 byte(s) left');
  });

  it('rejects a big int longer than the size limit', () => {
    const length = MAX_BIGINT_BYTES + 1; // varint 0x81 0x80 0x40
    expect(loadError(craft({ consts: [[0x49, 0x81, 0x80, 0x40]] }))).to.equal(
      `x.cvm: big int constant length ${length} at offset 25 exceeds the limit ${MAX_BIGINT_BYTES}`);
  });

  it('rejects non-canonical ints: negative zero, big ints in the safe range, leading zero bytes', () => {
    expect(loadError(craft({ consts: [[0x6a, 0]] }))).to.equal('x.cvm: non-canonical int constant at offset 24 (negative zero)');
    expect(loadError(craft({ consts: [[0x49, 1, 5]] }))).to.equal('x.cvm: non-canonical int constant at offset 24 (fits a safe integer)');
    expect(loadError(craft({ consts: [[0x49, 8, 0, 0, 0, 0, 0, 0, 0x40, 0]] }))).to.equal(
      'x.cvm: non-canonical int constant at offset 24 (leading zero byte)');
  });

  it('rejects a NaN with another bit pattern than the canonical one', () => {
    expect(loadError(craft({ consts: [[0x67, 1, 0, 0, 0, 0, 0, 0xf8, 0x7f]] }))).to.equal('x.cvm: non-canonical NaN in float constant at offset 25');
  });

  it('rejects a stored feedback slot count that differs from the table', () => {
    expect(loadError(craft({ feedback: 1 }))).to.equal(
      "x.cvm: code 'f': stored feedback slot count 1 (offset 18) differs from the 0 slots the instruction table gives");
  });

  it('decodes valid strings with multi-byte and lone-surrogate sequences', () => {
    const code = loadModule(Uint8Array.from(craft({ consts: [[0x73, ...[utf8('é𝄞').length], ...utf8('é𝄞')], [0x73, 3, 0xed, 0xa0, 0x80]] })), 'x.cvm');
    expect(code.consts).to.deep.equal(['é𝄞', '\ud800']);
  });
});

describe('bytecode validator: header', () => {
  it('rejects flags outside CODE_FLAGS_MASK', () => {
    const code = base();
    code.flags = 0x4000;
    expect(validationError(code)).to.equal(inF('code flags 0x4000 have bits outside CODE_FLAGS_MASK 0x3fff'));
  });

  it('rejects a negative count', () => {
    const code = base();
    code.kwOnlyArgCount = -1;
    expect(validationError(code)).to.equal(inF('kwOnlyArgCount -1 is negative'));
  });

  it('rejects a first line number below 1', () => {
    const code = base();
    code.firstLineNo = 0;
    expect(validationError(code)).to.equal(inF('first line number 0 is less than 1'));
  });

  it('rejects more positional-only arguments than arguments', () => {
    const code = base();
    code.posOnlyArgCount = 2;
    expect(validationError(code)).to.equal(inF('posOnlyArgCount 2 exceeds argCount 1'));
  });

  it('rejects arguments (with *args and **kwargs) that do not fit in varnames', () => {
    const code = base();
    code.flags = CodeFlags.VARARGS | CodeFlags.VARKEYWORDS;
    expect(validationError(code)).to.equal(
      inF('the arguments need 3 local(s) (argCount + kwOnlyArgCount + *args + **kwargs) but varnames has 2'));
  });

  it('rejects a maxStack below the computed depth', () => {
    const code = base();
    code.maxStack = 1;
    expect(validationError(code)).to.equal(inF('maxStack 1 is less than the computed stack depth 2'));
  });

  it('rejects a maxStack above the limit', () => {
    const code = base();
    code.maxStack = (1 << 20) + 1;
    expect(validationError(code)).to.equal(inF('maxStack 1048577 exceeds the limit 1048576'));
  });
});

describe('bytecode validator: instructions and operands', () => {
  it('rejects an unknown opcode', () => {
    const code = base();
    code.code[0] = 999;
    expect(validationError(code)).to.equal("m.cvmasm, function 'f', pc 0: unknown opcode 999");
  });

  it('rejects an instruction cut off by the end of the code', () => {
    const code = base();
    code.code = code.code.slice(0, 20);
    expect(validationError(code)).to.equal(at(19, 'LOAD_CONST', 'instruction runs past the end of the code'));
  });

  it('rejects an empty code object', () => {
    const code = base();
    code.code = new Int32Array(0);
    code.lineTable = new Int32Array(0);
    expect(validationError(code)).to.equal(inF('empty code: a code object needs at least a terminator'));
  });

  it('rejects a constant index out of range', () => {
    const code = base();
    code.code[3] = 9;
    expect(validationError(code)).to.equal(at(2, 'LOAD_CONST', 'constant index 9 out of range (2 constants)'));
  });

  it('rejects a negative index', () => {
    const code = base();
    code.code[3] = -1;
    expect(validationError(code)).to.equal(at(2, 'LOAD_CONST', 'constant index -1 out of range (2 constants)'));
  });

  it('rejects a name index out of range', () => {
    const code = base();
    code.code[11] = 1;
    expect(validationError(code)).to.equal(at(10, 'LOAD_GLOBAL', 'name index 1 out of range (1 names)'));
  });

  it('rejects a local index out of range', () => {
    const code = base();
    code.code[1] = 2;
    expect(validationError(code)).to.equal(at(0, 'LOAD_FAST', 'local index 2 out of range (2 locals)'));
  });

  it('rejects a cell index out of range (cellvars + freevars)', () => {
    const code = base();
    code.code[9] = 2;
    expect(validationError(code)).to.equal(at(8, 'LOAD_DEREF', 'cell index 2 out of range (2 cell and free variables)'));
  });

  it('rejects a binary operator id out of range', () => {
    const code = base();
    code.code[5] = 26;
    expect(validationError(code)).to.equal(at(4, 'BINARY_OP', 'binary operator id 26 out of range (0..25)'));
  });

  it('rejects a comparison operator id out of range', () => {
    const code = base();
    code.code[13] = 6;
    expect(validationError(code)).to.equal(at(12, 'COMPARE_OP', 'comparison operator id 6 out of range (0..5)'));
  });

  it('rejects a count above the limit', () => {
    const code = snippet('LOAD_CONST 1\nLOAD_CONST 2\nBUILD_TUPLE 2\nRETURN_VALUE');
    code.code[5] = 65536;
    expect(validationError(code)).to.equal(at(4, 'BUILD_TUPLE', 'count 65536 out of range (0..65535)'));
  });

  it('rejects a count outside the range its opcode allows (BUILD_SLICE takes 2 or 3)', () => {
    const code = snippet('LOAD_CONST 1\nLOAD_CONST 2\nBUILD_SLICE 2\nRETURN_VALUE');
    code.code[5] = 4;
    expect(validationError(code)).to.equal(at(4, 'BUILD_SLICE', 'count 4 out of range (2..3)'));
  });

  it('rejects a stack depth operand out of its static range', () => {
    const code = snippet('LOAD_CONST 1\nCOPY 1\nPOP_TOP\nRETURN_VALUE');
    code.code[3] = 0;
    expect(validationError(code)).to.equal(at(2, 'COPY', 'stack depth operand 0 is out of range (1..65535)'));
  });

  it('rejects a stack depth operand deeper than the stack', () => {
    const code = snippet('LOAD_CONST 1\nCOPY 1\nPOP_TOP\nRETURN_VALUE');
    code.code[3] = 2;
    expect(validationError(code)).to.equal(at(2, 'COPY', 'stack depth operand 2 is out of range (1..1)'));
  });

  it('rejects a flag operand other than 0 or 1', () => {
    const code = snippet('LOAD_CONST 1\nLOAD_CONST 2\nIS_OP 1\nRETURN_VALUE');
    code.code[5] = 2;
    expect(validationError(code)).to.equal(at(4, 'IS_OP', 'flag operand 2 is not 0 or 1'));
  });

  it("rejects bits outside the opcode's bitsMask", () => {
    const code = snippet('LOAD_CONST @g\nMAKE_FUNCTION 0\nRETURN_VALUE\n.end\n.code g\nLOAD_CONST None\nRETURN_VALUE');
    code.code[3] = 16;
    expect(validationError(code)).to.equal(at(2, 'MAKE_FUNCTION', 'bits operand 0x10 has bits outside the mask 0xf'));
  });

  it('rejects keyword names that are not a tuple of strings', () => {
    const code = snippet('LOAD_GLOBAL f\nLOAD_CONST 1\nCALL_KW 1 ("a",)\nRETURN_VALUE');
    code.code[6] = 1;
    code.consts[1] = new PyTuple([1]);
    expect(validationError(code)).to.equal(at(4, 'CALL_KW', 'keyword names constant #1 is not a tuple of strings'));
  });

  it('rejects more keyword names than call arguments', () => {
    const code = snippet('LOAD_GLOBAL f\nLOAD_CONST 1\nCALL_KW 1 ("a",)\nRETURN_VALUE');
    code.consts[1] = new PyTuple(['a', 'b']);
    expect(validationError(code)).to.equal(
      at(4, 'CALL_KW', 'keyword names constant #1 names 2 keyword(s) but the call passes only 1 argument(s)'));
  });
});

describe('bytecode validator: control flow', () => {
  it('rejects a jump into the middle of an instruction', () => {
    const code = base();
    code.code[15] = 20;
    expect(validationError(code)).to.equal(at(14, 'POP_JUMP_IF_FALSE', 'jump target 20 is inside an instruction'));
  });

  it('rejects a jump outside the code', () => {
    const code = base();
    code.code[15] = 22;
    expect(validationError(code)).to.equal(at(14, 'POP_JUMP_IF_FALSE', 'jump target 22 is outside the code (length 22)'));
  });

  // pcs: 0 LOAD_CONST, 2 JUMP_FORWARD out, 4 JUMP_BACKWARD top, 6 RETURN_VALUE
  const LOOP = 'LOAD_CONST None\ntop:\nJUMP_FORWARD out\nJUMP_BACKWARD top\nout:\nRETURN_VALUE';

  it('rejects a JUMP_FORWARD that goes backward', () => {
    const code = snippet(LOOP);
    code.code[3] = 0;
    expect(validationError(code)).to.equal(at(2, 'JUMP_FORWARD', 'jump target 0 is not after the instruction; only JUMP_BACKWARD may jump backward'));
  });

  it('rejects a JUMP_BACKWARD that goes forward', () => {
    const code = snippet(LOOP);
    code.code[5] = 6;
    expect(validationError(code)).to.equal(at(4, 'JUMP_BACKWARD', 'back-edge jump target 6 is after the instruction'));
  });

  it('accepts a JUMP_BACKWARD to itself (an empty loop still passes a safepoint)', () => {
    const code = snippet(LOOP);
    code.code[5] = 4;
    expect(() => validateModule(code)).not.to.throw();
  });

  it('rejects a conditional jump that goes backward', () => {
    const code = base();
    code.code[15] = 0;
    expect(validationError(code)).to.equal(
      at(14, 'POP_JUMP_IF_FALSE', 'jump target 0 is not after the instruction; only JUMP_BACKWARD may jump backward'));
  });

  it('rejects a stack underflow', () => {
    const code = base();
    code.code[2] = op('STORE_FAST');
    code.code[3] = 1;
    expect(validationError(code)).to.equal(at(4, 'BINARY_OP', 'stack underflow: needs 2 value(s), has 0'));
  });

  it('rejects an inconsistent stack height where paths merge', () => {
    const code = snippet('LOAD_CONST True\nPOP_JUMP_IF_FALSE join\nNOP\njoin:\nLOAD_CONST None\nRETURN_VALUE');
    code.code[4] = op('LOAD_ASSERTION_ERROR');
    expect(validationError(code)).to.equal(at(4, 'LOAD_ASSERTION_ERROR', 'inconsistent stack height at merge point 5: 0 vs 1'));
  });

  it('rejects control falling off the end (missing terminator)', () => {
    const code = base();
    code.code[21] = op('NOP');
    expect(validationError(code)).to.equal(at(21, 'NOP', 'control falls off the end of the code (missing terminator)'));
  });

  it('names the nested function whose code is bad', () => {
    const module = assemble('.code m\nLOAD_CONST @g\nRETURN_VALUE\n.end\n.code g\n.qualname m.<locals>.g\nLOAD_CONST None\nRETURN_VALUE\n.end', 'n.cvm');
    const inner = module.consts[0] as CodeObject;
    inner.code[1] = 5;
    expect(validationError(module)).to.equal("n.cvm, function 'm.<locals>.g', pc 0 (LOAD_CONST): constant index 5 out of range (1 constants)");
  });
});

describe('bytecode validator: exception table', () => {
  // pcs: 0 LOAD_CONST, 2 POP_TOP, 3 LOAD_CONST, 5 RETURN_VALUE, 6 POP_TOP, 7 LOAD_CONST, 9 RETURN_VALUE
  const TRY = `
start:
    LOAD_CONST 1
    POP_TOP
end:
    LOAD_CONST None
    RETURN_VALUE
handler:
    POP_TOP
    LOAD_CONST None
    RETURN_VALUE
    .handler start end handler 0`;

  const withRows = (...rows: Array<[number, number, number, number]>): CodeObject => {
    const code = snippet(TRY);
    code.exceptionTable = rows.map(([start, end, target, depth]) => ({ start, end, target, depth }));
    return code;
  };

  it('rejects an empty range', () => {
    expect(validationError(withRows([3, 3, 6, 0]))).to.equal(inF('exception table entry 0: range 3..3 is empty or outside the code (length 10)'));
  });

  it('rejects a range outside the code', () => {
    expect(validationError(withRows([0, 11, 6, 0]))).to.equal(inF('exception table entry 0: range 0..11 is empty or outside the code (length 10)'));
  });

  it('rejects a range that is not on instruction boundaries', () => {
    expect(validationError(withRows([1, 3, 6, 0]))).to.equal(inF('exception table entry 0: range 1..3 does not fall on instruction boundaries'));
  });

  it('rejects overlapping or unsorted rows', () => {
    expect(validationError(withRows([0, 3, 6, 0], [2, 5, 6, 0]))).to.equal(
      inF('exception table entry 1: range 2..5 overlaps or precedes the previous entry'));
  });

  it('rejects a handler target that is not an instruction', () => {
    expect(validationError(withRows([0, 3, 8, 0]))).to.equal(inF('exception table entry 0: handler target 8 is not an instruction'));
  });

  it('rejects a negative handler depth', () => {
    expect(validationError(withRows([0, 3, 6, -1]))).to.equal(inF('exception table entry 0: negative stack depth -1'));
  });

  it('rejects a handler depth above the stack height inside the range', () => {
    expect(validationError(withRows([0, 3, 6, 1]))).to.equal(at(0, 'LOAD_CONST', 'exception handler depth 1 exceeds stack height 0'));
  });
});

describe('bytecode validator: line table', () => {
  const withLines = (...words: number[]): CodeObject => {
    const code = base();
    code.lineTable = Int32Array.from(words);
    return code;
  };

  it('rejects an odd number of words', () => {
    expect(validationError(withLines(0, 1, 19))).to.equal(inF('line table has an odd number of words (3)'));
  });

  it('rejects pcs that do not strictly increase', () => {
    expect(validationError(withLines(0, 1, 0, 2))).to.equal(inF("line table entry 1: pc 0 does not follow the previous entry's pc 0"));
  });

  it('rejects a pc that does not start an instruction', () => {
    expect(validationError(withLines(0, 1, 1, 2))).to.equal(inF('line table entry 1: pc 1 is not the start of an instruction'));
    expect(validationError(withLines(0, 1, 22, 2))).to.equal(inF('line table entry 1: pc 22 is not the start of an instruction'));
  });

  it('rejects a line number below 1', () => {
    expect(validationError(withLines(0, 0))).to.equal(inF('line table entry 0: line 0 is less than 1'));
  });
});

describe('bytecode validator: results', () => {
  it('records stack heights and one feedback slot per profiled instruction', () => {
    const code = loadModule(encodeModule(base()), 'm.cvm');
    expect(Array.from(code.stackHeights!.subarray(0, 8))).to.deep.equal([0, -1, 1, -1, 2, -1, 1, -1]);
    const slots = Array.from(code.feedbackSlots!).map((slot, pc) => [pc, slot]).filter(([, slot]) => slot >= 0);
    expect(slots).to.deep.equal([[4, 0], [10, 1], [12, 2]]); // BINARY_OP, LOAD_GLOBAL, COMPARE_OP
    expect(code.feedbackSlotCount).to.equal(3);
  });

  it('loads what it encodes, with the loader naming its file', () => {
    const bytes = encodeModule(base());
    const code = decodeModule(bytes, 'other.cvm');
    expect(code.filename).to.equal('other.cvm');
    expect(() => validateModule(code)).not.to.throw();
  });
});

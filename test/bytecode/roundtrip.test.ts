// Round-trip tests between the three forms of a module: CodeObject, `.cvm` bytes and
// `.cvmasm` text. encode(assemble(disassemble(m))) must equal encode(m) byte for byte, and
// decode then encode must reproduce the bytes, for the examples, a module with every constant
// kind, and CodeBuilder output shaped like the Python compiler's.

import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assemble } from '../../src/bytecode/assembler.js';
import { decodeModule, encodeModule } from '../../src/bytecode/binary-format.js';
import { BytecodeError } from '../../src/bytecode/bytecode-error.js';
import { CodeBuilder } from '../../src/bytecode/code-builder.js';
import { CodeObject } from '../../src/bytecode/code-object.js';
import { disassemble, formatFloat } from '../../src/bytecode/disassembler.js';
import { opInfoByName } from '../../src/bytecode/opcode-info.js';
import { BINARY_OPS, CodeFlags } from '../../src/bytecode/opcodes.js';
import { loadModule } from '../../src/bytecode/validator.js';
import { PyFloat, PyList, PyTuple } from '../../src/runtime/values.js';
import { PyFrozenSet } from '../../src/runtime/objects.js';
import { compileModule } from '../../src/frontend/python/compiler.js';
import { ALL_KINDS_ASM, makeRng } from './fuzz-util.js';

function op(name: string): number {
  return opInfoByName(name)!.code;
}

const sources: Record<string, () => string> = {
  'examples/fib.cvmasm': () => readFileSync(join(process.cwd(), 'examples/fib.cvmasm'), 'utf8'),
  'examples/closures.cvmasm': () => readFileSync(join(process.cwd(), 'examples/closures.cvmasm'), 'utf8'),
  'a module with every constant kind': () => ALL_KINDS_ASM,
};

/** All three round trips for one module. */
function checkRoundTrips(module: CodeObject): void {
  const bytes = encodeModule(module);
  const text = disassemble(module);
  const reassembled = assemble(text, 'roundtrip.cvmasm');
  expect(encodeModule(reassembled)).to.deep.equal(bytes, 'encode(assemble(disassemble(m))) differs from encode(m)');
  expect(disassemble(reassembled)).to.equal(text, 'disassembly is not a fixpoint');
  const loaded = loadModule(bytes, 'roundtrip.cvm');
  expect(encodeModule(loaded)).to.deep.equal(bytes, 'encode(decode(bytes)) differs from bytes');
  expect(disassemble(loaded)).to.equal(text);
}

describe('round trips: binary <-> assembly', () => {
  for (const [name, source] of Object.entries(sources)) {
    it(`round-trips ${name} byte for byte`, () => {
      checkRoundTrips(assemble(source(), name));
    });
  }

  it('keeps every constant kind exactly: huge ints, -0.0, nan, surrogates, BOM, nested tuples', () => {
    const module = loadModule(encodeModule(assemble(ALL_KINDS_ASM, 'k')), 'k.cvm');
    const consts = (module.consts[0] as CodeObject).consts;
    expect(consts[4]).to.equal(9007199254740992n);
    expect(consts[6]).to.equal(2n ** 200n);
    expect(consts[7]).to.equal(-(3n ** 300n));
    expect(Object.is((consts[9] as PyFloat).value, -0)).to.equal(true);
    expect((consts[14] as PyFloat).value).to.equal(5e-324);
    expect(Number.isNaN((consts[18] as PyFloat).value)).to.equal(true);
    expect(consts[21]).to.equal('héllo wörld ✓ 𝄞');
    expect(consts[22]).to.equal('\ud800 lone \udfff surrogates');
    expect(consts[24]).to.equal('\ufeffbom');
    const nested = consts[33] as PyTuple;
    expect(nested.items[6]).to.equal(12345678901234567890n);
    expect(Object.is((nested.items[5] as PyFloat).value, -0)).to.equal(true);
    expect(((nested.items[1] as PyTuple).items[1] as PyTuple).items[0]).to.equal('x');
  });

  it('round-trips CodeBuilder output with shared constants, handler regions and line changes', () => {
    const b = new CodeBuilder({ name: '<module>', filename: 'c.py', firstLineNo: 1, flags: CodeFlags.MODULE });
    const handler = b.newLabel('handler');
    const done = b.newLabel('done');
    b.pushHandler(handler, 0);
    b.emit(op('LOAD_CONST'), b.constant(2n ** 70n));
    b.line = 2;
    b.emit(op('LOAD_CONST'), b.constant(new PyFloat(0.5)));
    b.emit(op('BINARY_OP'), BINARY_OPS.indexOf('*'));
    b.emit(op('STORE_NAME'), b.name('x'));
    b.popHandler();
    b.emit(op('JUMP_FORWARD'), done);
    b.bind(handler);
    b.line = 3;
    b.emit(op('POP_TOP'));
    b.bind(done);
    b.emit(op('LOAD_CONST'), b.constant(null));
    b.emit(op('RETURN_VALUE'));
    checkRoundTrips(b.build());
  });

  it('round-trips the frozenset constant of a constant set display, keeping its insertion order', () => {
    const module = compileModule('s = {6, 14, 22}\n', 'fs.py');
    const frozen = module.consts.find((c) => c instanceof PyFrozenSet) as PyFrozenSet;
    // CPython's compiler rebuilds the frozenset from its own iteration order: 22, 6, 14.
    expect(frozen.table.liveKeys()).to.deep.equal([22, 6, 14]);
    expect(disassemble(module)).to.include('.const frozenset(22, 6, 14)');
    checkRoundTrips(module);
  });

  it('encodes a bigint in the safe range as the canonical number', () => {
    const module = assemble('.code m\nLOAD_CONST 5\nRETURN_VALUE\n.end', 'm');
    module.consts[0] = 5n;
    expect(decodeModule(encodeModule(module), 'm').consts[0]).to.equal(5);
  });

  it('refuses to encode values that have no binary form', () => {
    const module = assemble('.code m\nLOAD_CONST 5\nRETURN_VALUE\n.end', 'm.py');
    module.consts[0] = 1.5;
    expect(() => encodeModule(module)).to.throw(BytecodeError, "m.py, function 'm': cannot encode: int constant 1.5 is not a safe integer");
    module.consts[0] = new PyList([]);
    expect(() => encodeModule(module)).to.throw(BytecodeError, "m.py, function 'm': cannot encode: a constant of class PyList has no binary form");
  });
});

describe('disassembler output', () => {
  it('prints pools, labels, lines and resolved operands like python3 -m dis', () => {
    const text = disassemble(assemble(sources['examples/fib.cvmasm']!(), 'fib'));
    const fib = text.slice(text.indexOf('.code fib'));
    expect(fib.split('\n').slice(0, 20)).to.deep.equal([
      '.code fib',
      '    .firstline 1',
      '    .args 1',
      '    .flags OPTIMIZED|NEWLOCALS',
      '    .stacksize 4',
      '    .locals n',
      '    .names fib',
      '    .const 2                            ; #0',
      '    .const 1                            ; #1',
      '',
      '    .line 2',
      '    LOAD_FAST 0                         ;  0: n',
      '    LOAD_CONST #0                       ;  2: 2',
      '    COMPARE_OP 0                        ;  4: <',
      '    POP_JUMP_IF_FALSE L1                ;  6: to 11',
      '    .line 3',
      '    LOAD_FAST 0                         ;  8: n',
      '    RETURN_VALUE                        ; 10',
      'L1:',
      '    .line 4',
    ]);
  });

  it("formats floats exactly like CPython's repr", () => {
    // Expected strings recorded with python3: repr(float(x)).
    const cases: Array<[number, string]> = [
      [0, '0.0'], [-0, '-0.0'], [1.5, '1.5'], [0.1, '0.1'], [1e16, '1e+16'], [1e15, '1000000000000000.0'],
      [1e-5, '1e-05'], [1e-4, '0.0001'], [5e-324, '5e-324'], [1.7976931348623157e308, '1.7976931348623157e+308'],
      [1 / 3, '0.3333333333333333'], [123456789.125, '123456789.125'], [-2.5e-7, '-2.5e-07'], [1e22, '1e+22'],
      [12345678901234567, '1.2345678901234568e+16'], [0.0001234, '0.0001234'], [100, '100.0'],
      [2 ** 60, '1.152921504606847e+18'], [Infinity, 'inf'], [-Infinity, '-inf'], [NaN, 'nan'],
    ];
    for (const [value, repr] of cases) expect(formatFloat(value)).to.equal(repr);
  });

  it('prints floats that read back to the same double, for random bit patterns', () => {
    const rng = makeRng(7);
    const view = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < 5000; i++) {
      view.setUint32(0, Math.floor(rng() * 2 ** 32));
      view.setUint32(4, Math.floor(rng() * 2 ** 32));
      const x = view.getFloat64(0);
      if (Number.isNaN(x)) continue;
      const back = (assemble(`.code f\nLOAD_CONST ${formatFloat(x)}\nRETURN_VALUE\n.end`).consts[0] as PyFloat).value;
      expect(Object.is(back, x), `${x} printed as ${formatFloat(x)}`).to.equal(true);
    }
  });
});

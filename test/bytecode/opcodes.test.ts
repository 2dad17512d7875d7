// Sanity checks on the instruction table (opcodes.ts) and the facts derived from it: names,
// stack effects, jump operands, bit masks, docs. Also guards the binary format: the table's
// fingerprint is recorded per FORMAT_VERSION, so changing the table without bumping the
// version (and recording the new fingerprint here) fails.

import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { FORMAT_VERSION } from '../../src/bytecode/binary-format.js';
import { OP_INFO, opInfoByName } from '../../src/bytecode/opcode-info.js';
import { OPCODES, OPCODE_COUNT } from '../../src/bytecode/opcodes.js';

/** sha256 of everything in the table that decides what a module means (docs excluded). */
function tableFingerprint(): string {
  const table = OPCODES.map((spec) => [spec.name, spec.operands, spec.stack, spec.jumpStack ?? null, spec.flags, spec.feedback, spec.bitsMask ?? null]);
  return createHash('sha256').update(JSON.stringify(table)).digest('hex');
}

/** FORMAT_VERSION -> fingerprint of the table it was released with. */
const FINGERPRINTS: Record<number, string> = {
  1: 'c10de87a4a5a1a9a2080c330dc826a9101c602790f233c503d952b18516dcda3',
  2: 'eb31d01f5f9dd7d771481b35862aaac614ef4c7aa30e84de9aa796f85786a35f',
};

describe('instruction table', () => {
  it('has unique SCREAMING_SNAKE names, numbered by position', () => {
    const names = OPCODES.map((spec) => spec.name);
    expect(new Set(names).size).to.equal(names.length);
    for (const name of names) expect(name).to.match(/^[A-Z][A-Z0-9_]*$/);
    expect(OP_INFO.length).to.equal(OPCODE_COUNT);
    OP_INFO.forEach((info, code) => {
      expect(info.code).to.equal(code);
      expect(opInfoByName(info.spec.name)).to.equal(info);
    });
  });

  it('has a stack effect for every opcode that parses into non-negative counts', () => {
    for (const info of OP_INFO) {
      for (const sample of [0, 1, 3, 0b1011]) {
        const args = info.operandKinds.map(() => sample);
        for (const count of [info.pops(args), info.pushes(args), info.jumpPops(args), info.jumpPushes(args)]) {
          expect(Number.isInteger(count) && count >= 0, `${info.spec.name} with operands ${sample}`).to.equal(true);
        }
      }
    }
  });

  it('gives branches exactly one jump operand and no other opcode any', () => {
    for (const info of OP_INFO) {
      const jumps = info.operandKinds.filter((kind) => kind === 'jump').length;
      expect(jumps, info.spec.name).to.equal(info.isBranch ? 1 : 0);
      if (info.isBackedge) expect(info.isBranch, `${info.spec.name}: a back-edge is a branch`).to.equal(true);
      if (info.spec.jumpStack !== undefined) expect(info.isBranch, `${info.spec.name}: jumpStack without branch`).to.equal(true);
    }
  });

  it('has a bitsMask exactly when an operand is of kind bits', () => {
    for (const spec of OPCODES) {
      const hasBits = spec.operands.some(([, kind]) => kind === 'bits');
      expect(spec.bitsMask !== undefined, spec.name).to.equal(hasBits);
    }
  });

  it('names operands uniquely within an instruction', () => {
    for (const spec of OPCODES) {
      const names = spec.operands.map(([name]) => name);
      expect(new Set(names).size, spec.name).to.equal(names.length);
    }
  });

  it('documents every opcode with one sentence', () => {
    for (const spec of OPCODES) expect(spec.doc, spec.name).to.match(/^\S.*\.$/s);
  });

  it(`matches the fingerprint recorded for FORMAT_VERSION ${FORMAT_VERSION} (bump it when the table changes)`, () => {
    const recorded = FINGERPRINTS[FORMAT_VERSION];
    expect(tableFingerprint(), 'the instruction table changed: bump FORMAT_VERSION in binary-format.ts and record the new fingerprint').to.equal(recorded);
  });
});

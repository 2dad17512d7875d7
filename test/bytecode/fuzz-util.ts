// Reusable fuzzing support: a seeded PRNG and a generator of random mutations of encoded
// `.cvm` modules. Byte-level mutations (bit flips, byte changes, truncations, insertions,
// deletions, duplicated ranges) test the decoder; code-word mutations re-encode a decoded
// module with one instruction word changed, so they pass decoding and test the validator (and,
// once the interpreter lands, execution under a budget). Deterministic for a given seed.

import { decodeModule, encodeModule } from '../../src/bytecode/binary-format.js';
import { CodeObject } from '../../src/bytecode/code-object.js';
import { OPCODE_COUNT } from '../../src/bytecode/opcodes.js';

/** Uniform in [0, 1). */
export type Rng = () => number;

/** mulberry32: small, fast, and good enough to spread mutations. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[randomInt(rng, items.length)]!;
}

export type MutationKind = 'bit-flip' | 'byte-set' | 'truncate' | 'insert' | 'delete' | 'duplicate' | 'code-word';

export interface Mutation {
  readonly kind: MutationKind;
  readonly bytes: Uint8Array;
  /** What was done, to reproduce a failure by hand. */
  readonly description: string;
}

/** Byte values that sit on varint, tag and sign boundaries. */
const INTERESTING_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x28, 0x63, 0x73, 0x49];

const BYTE_MUTATORS: Record<Exclude<MutationKind, 'code-word'>, (bytes: Uint8Array, rng: Rng) => Mutation> = {
  'bit-flip': (bytes, rng) => {
    const out = bytes.slice();
    const flips = 1 + randomInt(rng, 3);
    const where: string[] = [];
    for (let i = 0; i < flips; i++) {
      const at = randomInt(rng, out.length);
      const bit = randomInt(rng, 8);
      out[at]! ^= 1 << bit;
      where.push(`${at}.${bit}`);
    }
    return { kind: 'bit-flip', bytes: out, description: `flip bits ${where.join(' ')}` };
  },
  'byte-set': (bytes, rng) => {
    const out = bytes.slice();
    const at = randomInt(rng, out.length);
    const value = rng() < 0.5 ? pick(rng, INTERESTING_BYTES) : randomInt(rng, 256);
    out[at] = value;
    return { kind: 'byte-set', bytes: out, description: `set byte ${at} to 0x${value.toString(16)}` };
  },
  truncate: (bytes, rng) => {
    const at = randomInt(rng, bytes.length);
    return { kind: 'truncate', bytes: bytes.slice(0, at), description: `truncate to ${at} bytes` };
  },
  insert: (bytes, rng) => {
    const at = randomInt(rng, bytes.length + 1);
    const extra = Array.from({ length: 1 + randomInt(rng, 4) }, () => (rng() < 0.5 ? pick(rng, INTERESTING_BYTES) : randomInt(rng, 256)));
    const out = new Uint8Array([...bytes.subarray(0, at), ...extra, ...bytes.subarray(at)]);
    return { kind: 'insert', bytes: out, description: `insert [${extra.join(',')}] at ${at}` };
  },
  delete: (bytes, rng) => {
    const at = randomInt(rng, bytes.length);
    const n = 1 + randomInt(rng, 4);
    const out = new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + n)]);
    return { kind: 'delete', bytes: out, description: `delete ${n} byte(s) at ${at}` };
  },
  duplicate: (bytes, rng) => {
    const from = randomInt(rng, bytes.length);
    const n = 1 + randomInt(rng, 16);
    const at = randomInt(rng, bytes.length + 1);
    const chunk = bytes.subarray(from, from + n);
    const out = new Uint8Array([...bytes.subarray(0, at), ...chunk, ...bytes.subarray(at)]);
    return { kind: 'duplicate', bytes: out, description: `copy ${chunk.length} byte(s) from ${from} to ${at}` };
  },
};

/** Every code object of a module, pre-order. */
function allCode(root: CodeObject): CodeObject[] {
  const out = [root];
  for (let i = 0; i < out.length; i++) {
    for (const value of out[i]!.consts) if (value instanceof CodeObject) out.push(value);
  }
  return out;
}

/** Decodes `bytes` (a valid module), changes one code word to a plausible value, re-encodes. */
function mutateCodeWord(bytes: Uint8Array, rng: Rng): Mutation {
  const root = decodeModule(bytes, 'fuzz.cvm');
  const codes = allCode(root);
  const code = pick(rng, codes);
  const pc = randomInt(rng, code.code.length);
  const choices = [randomInt(rng, OPCODE_COUNT), randomInt(rng, 8), code.code.length + randomInt(rng, 3) - 1, -1, 65536, randomInt(rng, 64)];
  const value = pick(rng, choices);
  const before = code.code[pc]!;
  code.code[pc] = value;
  return {
    kind: 'code-word',
    bytes: encodeModule(root),
    description: `code '${code.qualname}' word ${pc}: ${before} -> ${value}`,
  };
}

/** One random mutation of a valid encoded module. */
export function mutate(bytes: Uint8Array, rng: Rng): Mutation {
  if (rng() < 0.3) return mutateCodeWord(bytes, rng);
  const kinds = Object.keys(BYTE_MUTATORS) as Array<keyof typeof BYTE_MUTATORS>;
  return BYTE_MUTATORS[pick(rng, kinds)](bytes, rng);
}

/** `count` mutations of the given valid modules, reproducible from `seed`. */
export function* mutations(bases: readonly Uint8Array[], count: number, seed: number): Generator<Mutation & { readonly index: number }> {
  const rng = makeRng(seed);
  for (let index = 0; index < count; index++) {
    yield { ...mutate(pick(rng, bases), rng), index };
  }
}

/** A module using every constant kind, nested code and an exception-table row: a fuzzing
 *  base and the synthetic round-trip case. */
export const ALL_KINDS_ASM = String.raw`
.code <module>
    .flags MODULE
    .line 1
    LOAD_CONST @kinds
    MAKE_FUNCTION 0
    STORE_NAME kinds
try_start:
    .line 2
    LOAD_NAME kinds
    CALL 0
    POP_TOP
try_end:
    JUMP_FORWARD done
handler:                        ; stack: exc
    .line 3
    PUSH_EXC_INFO               ; prev exc
    LOAD_GLOBAL ValueError
    CHECK_EXC_MATCH             ; prev exc matches
    POP_JUMP_IF_FALSE reraise
    POP_TOP
    POP_EXCEPT
    JUMP_FORWARD done
reraise:
    RERAISE
done:
    .line 4
    LOAD_CONST None
    RETURN_VALUE
    .handler try_start try_end handler 0
.end

.code kinds
    .firstline 1
    .const 0
    .const -1
    .const 9007199254740991
    .const -9007199254740991
    .const 9007199254740992
    .const -9007199254740992
    .const 1606938044258990275541962092341162602522202993782792835301376
    .const -136891479058588375991326027382088315966463695625337436471480190078368997177499076593800206155688941388250484440597994042813512732765695774566001
    .const 0.0
    .const -0.0
    .const 1.5
    .const 0.1
    .const 1e+16
    .const 1e-05
    .const 5e-324
    .const 1.7976931348623157e+308
    .const inf
    .const -inf
    .const nan
    .const ""
    .const "hello"
    .const "héllo wörld ✓ 𝄞"
    .const "\ud800 lone \udfff surrogates"
    .const "tab\tquote\"back\\slash\nnewline\u0000nul"
    .const "\ufeffbom"
    .const b""
    .const b"\x00\xff\"\\ascii\n"
    .const None
    .const True
    .const False
    .const Ellipsis
    .const ()
    .const (1,)
    .const (1, (2.5, ("x", b"y")), None, (), (True,), -0.0, 12345678901234567890)
    .const @inner
    LOAD_CONST #34
    RETURN_VALUE
.end

.code inner
    .name inner
    .qualname "kinds.<locals>.inner"
    .firstline 7
    .args 2
    .posonly 1
    .kwonly 1
    .flags OPTIMIZED|NEWLOCALS|VARARGS|VARKEYWORDS|NESTED|GENERATOR
    .locals a b c args kwargs "weird local"
    .cells a
    .freevars outer
    .names "attr with space" x
    LOAD_DEREF outer
    LOAD_ATTR x
    YIELD_VALUE
    RETURN_VALUE
.end
`;

// CPython's `random` module on plain JS values: the MT19937 generator of Modules/_randommodule.c
// and the Python-level methods of Lib/random.py (3.11), reproducing seeded sequences bit for bit.
// Sequence methods take lengths and return indices, so the VM indexes its own sequence objects;
// ints are numbers within ±(2^53−1), else bigints. It never touches the VM object model.

import { pyThrow } from './host-error.js';
import { libm } from './libm.js';
import { nodeCrypto } from './node-builtins.js';

type Int = number | bigint;

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;
const TWOPI = 6.283185307179586;
const MAX_SAFE = 9007199254740991;

/** NV_MAGICCONST = 4 * exp(-0.5) / sqrt(2.0), as Lib/random.py computes it at import. */
const NV_MAGICCONST = (4 * libm.exp(-0.5)) / Math.sqrt(2.0);

/** A Python int in its canonical JS form: number when it fits ±(2^53−1), else bigint. */
function normInt(v: bigint): Int {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** int.bit_length() for a non-negative int. */
export function bitLength(n: Int): number {
  if (typeof n === 'bigint') return n === 0n ? 0 : n.toString(2).length;
  if (n < 4294967296) return 32 - Math.clz32(n);
  return 32 + (32 - Math.clz32(Math.floor(n / 4294967296)));
}

/** hash(float) for a non-NaN float (Python/pyhash.c: _Py_HashDouble); NaN hashes by identity. */
export function hashFloat(x: number): bigint {
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  const P = (1n << 61n) - 1n;
  const ax = Math.abs(x);
  let e = 0;
  let m = ax;
  while (m !== 0 && !Number.isInteger(m)) {
    m *= 2 ** 32;
    e -= 32;
  }
  // |x| = m·2^e with m an integer; 2^e mod P is 2^(e mod 61) since 2^61 ≡ 1.
  const shift = BigInt(((e % 61) + 61) % 61);
  let h = ((BigInt(m) % P) << shift) % P;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** The Mersenne Twister with CPython's seeding, output and Python-level helpers. */
export class MersenneTwister {
  private readonly mt = new Uint32Array(N);
  private mti = N + 1;
  private gaussNext: number | null = null;

  constructor(seed?: Int) {
    this.seed(seed);
  }

  // -------------------------------------------------------------------------- seeding

  /** random.seed(n) for an int (abs value, 32-bit words, least significant first) or None. */
  seed(n?: Int): void {
    this.gaussNext = null;
    if (n === undefined) {
      this.initByArray(Array.from(nodeCrypto().getRandomValues(new Uint32Array(N))));
      return;
    }
    let v = typeof n === 'bigint' ? n : BigInt(n);
    if (v < 0n) v = -v;
    const key: number[] = [];
    do {
      key.push(Number(v & 0xffffffffn));
      v >>= 32n;
    } while (v > 0n);
    this.initByArray(key);
  }

  /** random.seed(s) for str/bytes, version 2: int.from_bytes(s + sha512(s).digest()). */
  seedString(s: string | Uint8Array): void {
    const bytes = typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s);
    const all = Buffer.concat([bytes, nodeCrypto().createHash('sha512').update(bytes).digest()]);
    this.seed(BigInt('0x' + all.toString('hex')));
  }

  /** random.seed(x) for a float: seeds with hash(x) taken as an unsigned 64-bit value. A NaN's
   *  hash depends on its object identity in CPython 3.10+, so NaN seeds from the OS instead. */
  seedFloat(x: number): void {
    if (x !== x) return this.seed();
    const h = hashFloat(x);
    this.seed(h < 0n ? h + (1n << 64n) : h);
  }

  /** init_genrand (Modules/_randommodule.c). */
  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = Math.imul(1812433253, prev ^ (prev >>> 30)) + i;
    }
    this.mti = N;
  }

  /** init_by_array (Modules/_randommodule.c). */
  private initByArray(key: readonly number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = (mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j]! + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = (mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  // -------------------------------------------------------------------------- raw output

  /** genrand_uint32: the next tempered 32-bit output. */
  genrandUint32(): number {
    if (this.mti >= N) this.twist();
    let y = this.mt[this.mti++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** Regenerate all N words of state. */
  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
    mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.mti = 0;
  }

  /** random(): 53 bits from two outputs (genrand_res53). */
  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** getrandbits(k): 32-bit words filled least significant first; the last one is truncated. */
  getrandbits(k: number): Int {
    if (k < 0) pyThrow('ValueError', 'number of bits must be non-negative');
    if (k === 0) return 0;
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    if (k <= 53) {
      const low = this.genrandUint32();
      return (this.genrandUint32() >>> (64 - k)) * 4294967296 + low;
    }
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32, shift += 32n) {
      let r = this.genrandUint32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
    }
    return normInt(result);
  }

  // -------------------------------------------------------------------------- integers

  /** _randbelow_with_getrandbits(n) for n > 0: rejection sampling on n.bit_length() bits. */
  randbelow(n: Int): Int {
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** randrange(start, stop=None, step=1) for int arguments, with Lib/random.py's errors. */
  randrange(start: Int, stop?: Int | null, step: Int = 1): Int {
    if (stop === undefined || stop === null) {
      if (step !== 1) pyThrow('TypeError', 'Missing a non-None stop argument');
      if (start > 0) return this.randbelow(start);
      pyThrow('ValueError', 'empty range for randrange()');
    }
    if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
      if (Math.abs(start) <= 2 ** 51 && Math.abs(stop) <= 2 ** 51 && Math.abs(step) <= 2 ** 51) {
        return this.randrangeSmall(start, stop, step);
      }
    }
    return normInt(this.randrangeBig(BigInt(start), BigInt(stop), BigInt(step)));
  }

  private randrangeSmall(start: number, stop: number, step: number): number {
    const width = stop - start;
    if (step === 1) {
      if (width > 0) return start + (this.randbelow(width) as number);
      pyThrow('ValueError', `empty range for randrange() (${start}, ${stop}, ${width})`);
    }
    let n: number;
    if (step > 0) n = Math.floor((width + step - 1) / step);
    else if (step < 0) n = Math.floor((width + step + 1) / step);
    else pyThrow('ValueError', 'zero step for randrange()');
    if (n <= 0) pyThrow('ValueError', 'empty range for randrange()');
    return start + step * (this.randbelow(n) as number);
  }

  private randrangeBig(start: bigint, stop: bigint, step: bigint): bigint {
    const width = stop - start;
    if (step === 1n) {
      if (width > 0n) return start + BigInt(this.randbelow(normInt(width)));
      pyThrow('ValueError', `empty range for randrange() (${start}, ${stop}, ${width})`);
    }
    let n: bigint;
    if (step > 0n) n = floorDiv(width + step - 1n, step);
    else if (step < 0n) n = floorDiv(width + step + 1n, step);
    else pyThrow('ValueError', 'zero step for randrange()');
    if (n <= 0n) pyThrow('ValueError', 'empty range for randrange()');
    return start + step * BigInt(this.randbelow(normInt(n)));
  }

  /** randint(a, b) = randrange(a, b + 1). */
  randint(a: Int, b: Int): Int {
    const stop = typeof b === 'number' && b < MAX_SAFE ? b + 1 : normInt(BigInt(b) + 1n);
    return this.randrange(a, stop);
  }

  // -------------------------------------------------------------------------- sequences

  /** choice(seq) for a sequence of length `len`: the index to pick. */
  choice(len: number): number {
    if (len === 0) pyThrow('IndexError', 'Cannot choose from an empty sequence');
    return this.randbelow(len) as number;
  }

  /** shuffle(x) in place: for i in reversed(range(1, len)): swap x[i] with x[randbelow(i+1)]. */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1) as number;
      const t = x[i]!;
      x[i] = x[j]!;
      x[j] = t;
    }
  }

  /** sample(population, k) for a population of length n: the k chosen indices, in order. */
  sample(n: number, k: number): number[] {
    if (!(k >= 0 && k <= n)) pyThrow('ValueError', 'Sample larger than population or is negative');
    const result = new Array<number>(k);
    let setsize = 21; // size of a small set minus size of an empty list
    if (k > 5) setsize += 4 ** Math.ceil(libm.log(k * 3) / libm.log(4));
    if (n <= setsize) {
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i) as number;
        result[i] = pool[j]!;
        pool[j] = pool[n - i - 1]!;
      }
      return result;
    }
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = this.randbelow(n) as number;
      while (selected.has(j)) j = this.randbelow(n) as number;
      selected.add(j);
      result[i] = j;
    }
    return result;
  }

  /** sample(population, k, counts=counts): indices into the population (not the expansion). */
  sampleCounts(counts: readonly number[], k: number): number[] {
    const cum = accumulate(counts);
    const total = cum.pop()!;
    if (!Number.isInteger(total)) pyThrow('TypeError', 'Counts must be integers');
    if (total <= 0) pyThrow('ValueError', 'Total of counts must be greater than zero');
    return this.sample(total, k).map((s) => bisectRight(cum, s, 0, cum.length));
  }

  /**
   * choices(population, weights, cum_weights=, k=) for a population of length n: k indices.
   * Without weights each pick is floor(random() * n); with them, bisect on random() * total.
   */
  choices(n: number, k: number, weights?: readonly number[] | null, cumWeights?: readonly number[] | null): number[] {
    const out = new Array<number>(Math.max(0, k));
    if (cumWeights == null) {
      if (weights == null) {
        if (n === 0 && k > 0) {
          this.random(); // CPython draws once, then population[0] raises
          pyThrow('IndexError', 'list index out of range');
        }
        for (let i = 0; i < k; i++) out[i] = Math.floor(this.random() * n);
        return out;
      }
      cumWeights = accumulate(weights);
    } else if (weights != null) {
      pyThrow('TypeError', 'Cannot specify both weights and cumulative weights');
    }
    if (cumWeights.length !== n) pyThrow('ValueError', 'The number of weights does not match the population');
    const total = cumWeights[n - 1]! + 0.0;
    if (total <= 0.0) pyThrow('ValueError', 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) pyThrow('ValueError', 'Total of weights must be finite');
    for (let i = 0; i < k; i++) out[i] = bisectRight(cumWeights, this.random() * total, 0, n - 1);
    return out;
  }

  // -------------------------------------------------------------------------- distributions

  /** uniform(a, b) = a + (b - a) * random(). */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /** triangular(low=0.0, high=1.0, mode=None). */
  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    let u = this.random();
    if (high - low === 0) return low; // (mode - low) / (high - low) raises ZeroDivisionError
    let c = mode === null ? 0.5 : (mode - low) / (high - low);
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * Math.sqrt(u * c);
  }

  /** gauss(mu, sigma): Box-Muller, caching the second value in gauss_next. */
  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * libm.log(1.0 - this.random()));
      z = libm.cos(x2pi) * g2rad;
      this.gaussNext = libm.sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  /** normalvariate(mu, sigma): Kinderman and Monahan's ratio-of-uniforms method. */
  normalvariate(mu = 0.0, sigma = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -libm.log(u2)) break;
    }
    return mu + z * sigma;
  }

  /** lognormvariate(mu, sigma) = exp(normalvariate(mu, sigma)). */
  lognormvariate(mu: number, sigma: number): number {
    return libm.exp(this.normalvariate(mu, sigma));
  }

  /** expovariate(lambd) = -log(1.0 - random()) / lambd. */
  expovariate(lambd: number): number {
    const num = -libm.log(1.0 - this.random());
    if (lambd === 0) pyThrow('ZeroDivisionError', 'float division by zero');
    return num / lambd;
  }

  // -------------------------------------------------------------------------- state

  /** getstate(): (VERSION 3, 624 words + index, gauss_next). */
  getstate(): { version: number; internal: number[]; gaussNext: number | null } {
    return { version: 3, internal: [...this.mt, this.mti], gaussNext: this.gaussNext };
  }

  /** setstate(state) with CPython's checks on the internal tuple. */
  setstate(state: { version: number; internal: readonly Int[]; gaussNext: number | null }): void {
    if (state.version !== 3) {
      pyThrow('ValueError', `state with version ${state.version} passed to Random.setstate() of version 3`);
    }
    if (state.internal.length !== N + 1) pyThrow('ValueError', 'state vector is the wrong size');
    for (let i = 0; i < N; i++) {
      const w = state.internal[i]!;
      if (w < 0) pyThrow('OverflowError', "can't convert negative value to unsigned int");
      this.mt[i] = Number(BigInt(w) & 0xffffffffn);
    }
    const index = Number(state.internal[N]!);
    if (index < 0 || index > N) pyThrow('ValueError', 'invalid state');
    this.mti = index;
    this.gaussNext = state.gaussNext;
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** itertools.accumulate over numbers (left-to-right float or int additions). */
function accumulate(xs: readonly number[]): number[] {
  const out = new Array<number>(xs.length);
  let acc = 0;
  for (let i = 0; i < xs.length; i++) out[i] = acc = i === 0 ? xs[0]! : acc + xs[i]!;
  return out;
}

/** bisect.bisect_right(a, x, lo, hi). */
function bisectRight(a: readonly number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x < a[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

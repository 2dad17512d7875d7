// random.seed(a, version): which of MersenneTwister's seeding routes a guest value takes
// (Lib/random.py 3.11 Random.seed and _randommodule.c random_seed): ints by absolute value,
// str/bytes through SHA-512 (version 2) or the old string hash (version 1), floats by hash.

import { typeError } from '../exceptions.js';
import { PyBytes, PyFloat, type PyValue } from '../values.js';
import type { MersenneTwister } from '../random-mt.js';

/** Version 1's string hash: x = ord(a[0]) << 7, then x = ((1000003*x) ^ c) mod 2**64. */
function stringSeedV1(s: string): bigint {
  const points = [...s].map((c) => BigInt(c.codePointAt(0)!));
  let x = points.length > 0 ? points[0]! << 7n : 0n;
  for (const c of points) x = ((1000003n * x) ^ c) & 0xffffffffffffffffn;
  x ^= BigInt(points.length);
  return x;
}

export function seedArg(mt: MersenneTwister, a: PyValue, version: number): void {
  if (a === null) return mt.seed();
  if (typeof a === 'number' || typeof a === 'bigint') return mt.seed(a);
  if (typeof a === 'boolean') return mt.seed(a ? 1 : 0);
  if (a instanceof PyFloat) return mt.seedFloat(a.value);
  if (typeof a === 'string' || a instanceof PyBytes) {
    if (version === 1) {
      const text = typeof a === 'string' ? a : String.fromCharCode(...a.data);
      return mt.seed(stringSeedV1(text));
    }
    return mt.seedString(typeof a === 'string' ? a : a.data);
  }
  return typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
}

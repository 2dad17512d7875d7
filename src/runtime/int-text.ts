// Ints as text in a base, with CPython's default limit on decimal conversions (PEP 651's
// int_max_str_digits, 4300 digits): str(), repr(), format() and %-formatting all refuse longer
// decimal strings with the same ValueError; power-of-two bases are not limited.

import { pyThrow } from './host-error.js';

export const MAX_STR_DIGITS = 4300;

/** The digits of x in `base` (with a '-' when negative). */
export function intText(x: number | bigint, base = 10): string {
  const text = x.toString(base);
  if (base === 10 && typeof x === 'bigint' && text.length - (x < 0n ? 1 : 0) > MAX_STR_DIGITS) {
    pyThrow('ValueError', `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return text;
}

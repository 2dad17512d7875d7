// The string module's constants, capwords() and Template (string-template.ts)
// (https://docs.python.org/3.11/library/string.html). Formatter is not provided.

import { raise, typeName } from '../exceptions.js';
import { PyModule } from '../objects.js';
import { bindPython, defFunctions } from './module-util.js';
import { defineTemplate } from './string-template.js';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const WHITESPACE = ' \t\n\r\x0b\x0c';

/** Runs of str.isspace() characters, for str.split() without a separator. */
const PY_WHITESPACE = /[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;

function splitWords(s: string, sep: string | null): string[] {
  if (sep === null) return s.split(PY_WHITESPACE).filter((w) => w !== '');
  if (sep === '') raise('ValueError', 'empty separator');
  return s.split(sep);
}

/** str.capitalize(): the first character upper-cased, the rest lower-cased. */
function capitalize(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  return word === '' ? '' : first.toUpperCase() + word.slice(first.length).toLowerCase();
}

export function create(): PyModule {
  const module = new PyModule('string');
  const d = module.dict;
  d.set('ascii_lowercase', LOWER);
  d.set('ascii_uppercase', UPPER);
  d.set('ascii_letters', LOWER + UPPER);
  d.set('digits', DIGITS);
  d.set('hexdigits', `${DIGITS}abcdefABCDEF`);
  d.set('octdigits', '01234567');
  d.set('punctuation', PUNCTUATION);
  d.set('whitespace', WHITESPACE);
  d.set('printable', DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE);
  d.set('Template', defineTemplate());
  defFunctions(module, {
    capwords(args, kwnames) {
      const [s, sep] = bindPython('capwords', args, kwnames, ['s', 'sep'], 1, [], 0);
      if (typeof s !== 'string') raise('AttributeError', `'${typeName(s!)}' object has no attribute 'split'`);
      const separator = sep === undefined || sep === null || sep === '' ? null : String(sep);
      return splitWords(s, separator).map(capitalize).join(separator ?? ' ');
    },
  });
  return module;
}

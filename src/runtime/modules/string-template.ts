// string.Template (https://docs.python.org/3.11/library/string.html#template-strings): `$name`,
// `${name}` and `$$` substitution with substitute(), safe_substitute(), get_identifiers() and
// is_valid(), following Lib/string.py. Subclasses may change `delimiter`, `idpattern`,
// `braceidpattern` and `flags` (0 or re.IGNORECASE's 2); patterns are used as JavaScript
// regular expressions, which agree with Python's on the identifier patterns people write.

import { raise, toGuestException, typeError } from '../exceptions.js';
import { getAttr, str } from '../protocols.js';
import { getItem } from '../subscript.js';
import type { PyType } from '../type-object.js';
import { E, T, isSubtype } from '../types.js';
import { PyList, type PyValue } from '../values.js';
import { defMethods } from '../builtins/define.js';
import { heapClass, splitArgs, type Kw } from './module-util.js';

const RE_IGNORECASE = 2;

/** One placeholder match: exactly one of the groups is set. */
interface Placeholder {
  readonly text: string;
  readonly index: number;
  readonly escaped: boolean;
  readonly name: string | null;
}

/** Python's `(?a:...)` ASCII group is the default; JavaScript without the u flag is ASCII. */
function jsPattern(pattern: string): string {
  return pattern.startsWith('(?a:') && pattern.endsWith(')') ? pattern.slice(4, -1) : pattern;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The class's placeholder pattern, as Template.__init_subclass__ compiles it. */
function placeholders(self: PyValue, template: string): Placeholder[] {
  const delimiter = escapeRegExp(str(getAttr(self, 'delimiter')));
  const id = jsPattern(str(getAttr(self, 'idpattern')));
  const braced = getAttr(self, 'braceidpattern');
  const bid = braced === null ? id : jsPattern(str(braced));
  const flags = getAttr(self, 'flags') === 0 ? 'g' : 'gi';
  const re = new RegExp(`${delimiter}(?:(${delimiter})|(${id})|\\{(${bid})\\}|())`, flags);
  return [...template.matchAll(re)].map((m) => ({
    text: m[0], index: m.index!, escaped: m[1] !== undefined, name: m[2] ?? m[3] ?? null,
  }));
}

function templateOf(self: PyValue): string {
  const t = getAttr(self, 'template');
  if (typeof t !== 'string') typeError('expected string or bytes-like object');
  return t;
}

/** Template._invalid: the line and column of a bad placeholder, computed as Lib/string.py
 *  does from template[:index].splitlines(keepends=True). */
function invalidPlaceholder(template: string, index: number): never {
  const lines = template.slice(0, index).match(/[^\n\r]*(?:\r\n|\n|\r|$)/g)!.filter((l) => l !== '');
  const lineno = lines.length === 0 ? 1 : lines.length;
  const colno = lines.length === 0 ? 1 : index - lines.slice(0, -1).join('').length;
  return raise('ValueError', `Invalid placeholder in string: line ${lineno}, col ${colno}`);
}

/** The mapping substitute() reads: the positional mapping, with keyword arguments first. */
function lookupIn(args: PyValue[], kwnames: Kw, method: string): (name: string) => PyValue {
  const { pos, kw } = splitArgs(args, kwnames);
  if (pos.length > 1) typeError(`Template.${method}() takes from 1 to 2 positional arguments but ${pos.length + 1} were given`);
  const mapping = pos[0];
  return (name) => {
    const v = kw.get(name);
    if (v !== undefined) return v;
    if (mapping === undefined) return raise('KeyError', name);
    return getItem(mapping, name);
  };
}

function substitute(self: PyValue, args: PyValue[], kwnames: Kw, safe: boolean): string {
  const template = templateOf(self);
  const lookup = lookupIn(args, kwnames, safe ? 'safe_substitute' : 'substitute');
  const delimiter = str(getAttr(self, 'delimiter'));
  let out = '';
  let last = 0;
  for (const p of placeholders(self, template)) {
    out += template.slice(last, p.index);
    last = p.index + p.text.length;
    if (p.escaped) out += delimiter;
    else if (p.name !== null) out += safe ? safeLookup(lookup, p) : str(lookup(p.name));
    else if (safe) out += p.text;
    else invalidPlaceholder(template, p.index + delimiter.length);
  }
  return out + template.slice(last);
}

/** safe_substitute: a name the mapping lacks stays as written. */
function safeLookup(lookup: (name: string) => PyValue, p: Placeholder): string {
  try {
    return str(lookup(p.name!));
  } catch (e) {
    if (isSubtype(toGuestException(e).type, E['KeyError']!)) return p.text;
    throw e;
  }
}

export function defineTemplate(): PyType {
  const cls = heapClass('Template', 'string', T.object);
  cls.dict.set('delimiter', '$');
  cls.dict.set('idpattern', '(?a:[_a-z][_a-z0-9]*)');
  cls.dict.set('braceidpattern', null);
  cls.dict.set('flags', RE_IGNORECASE);
  defMethods(cls, {
    __init__(self, args) {
      if (args.length !== 1) typeError(`Template.__init__() takes 2 positional arguments but ${args.length + 1} were given`);
      (self as unknown as { attrs: Record<string, PyValue> }).attrs['template'] = args[0]!;
      return null;
    },
    substitute: (self, args, kwnames) => substitute(self, args, kwnames, false),
    safe_substitute: (self, args, kwnames) => substitute(self, args, kwnames, true),
    get_identifiers(self) {
      const names: string[] = [];
      for (const p of placeholders(self, templateOf(self))) if (p.name !== null && !names.includes(p.name)) names.push(p.name);
      return new PyList(names);
    },
    is_valid: (self) => placeholders(self, templateOf(self)).every((p) => p.escaped || p.name !== null),
  });
  return cls;
}

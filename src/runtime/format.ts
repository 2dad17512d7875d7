// format(value, spec) (https://docs.python.org/3/library/string.html#formatspec): built-in
// numbers and str go straight to the format-spec implementation in float-format.ts; other
// objects dispatch to __format__, whose object default accepts only an empty spec.

import { typeError, typeName } from './exceptions.js';
import { formatFloat, formatInt, formatStr } from './float-format.js';
import { callMethodDescr, lookupType, str } from './protocols.js';
import { T, typeOf } from './types.js';
import { PyFloat, type PyValue } from './values.js';

export function formatValueWithSpec(v: PyValue, spec: string): string {
  if (typeof v === 'string') return formatStr(v, spec);
  if (typeof v === 'number' || typeof v === 'bigint') return formatInt(v, spec);
  if (typeof v === 'boolean') return spec === '' ? (v ? 'True' : 'False') : formatInt(v ? 1 : 0, spec, 'bool');
  if (v instanceof PyFloat) return formatFloat(v.value, spec);
  const hook = lookupType(typeOf(v), '__format__');
  if (hook !== undefined && hook !== T.object.dict.get('__format__')) {
    const r = callMethodDescr(hook, v, [spec]);
    if (typeof r !== 'string') typeError(`__format__ must return a str, not ${typeName(r)}`);
    return r;
  }
  if (spec !== '') typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
  return str(v);
}

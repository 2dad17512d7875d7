// The numeric built-in functions abs, round, divmod, pow, bin, oct and hex
// (https://docs.python.org/3/library/functions.html), with fast paths for int and float and
// the dunder protocol (including reflected operands) for everything else. The VM registers
// NUMERIC_BUILTINS (re-exported by numbers.ts) in the builtins namespace.

import { typeError, typeName } from '../exceptions.js';
import { NotImplemented, type NativeFn } from '../objects.js';
import { numericBinary } from '../operators.js';
import { callMethodDescr, callSpecial, lookupType } from '../protocols.js';
import { isSubtype, typeOf } from '../types.js';
import { PyFloat, type PyValue } from '../values.js';
import { arity, bindNative, fixedFunction } from './define.js';
import { floatRoundDigits, floatRoundToInt } from './number-text.js';
import { clampIndex, floatDivmod, indexValue, intDivmod, intOf, modPow } from './numbers.js';

function one(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (args.length !== 1 || (kwnames !== null && kwnames.length > 0)) arity(name, args, kwnames, 1);
  return args[0]!;
}

const absBuiltin = fixedFunction('abs', 1, 1, (arg) => {
  const v = arg!;
  if (typeof v === 'number') return Math.abs(v);
  if (v instanceof PyFloat && !v.type.isHeapType) return new PyFloat(Math.abs(v.value));
  const r = callSpecial(v, '__abs__', []);
  if (r === undefined) typeError(`bad operand type for abs(): '${typeName(v)}'`);
  return r;
});

function roundBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [number, ndigits] = bindNative('round', args, kwnames, ['number', 'ndigits'], 1);
  const v = number!;
  if (v instanceof PyFloat && !v.type.isHeapType) {
    if (ndigits === undefined || ndigits === null) return floatRoundToInt(v.value);
    return new PyFloat(floatRoundDigits(v.value, clampIndex(indexValue(ndigits))));
  }
  const hook = lookupType(typeOf(v), '__round__');
  if (hook === undefined || hook === null) typeError(`type ${typeName(v)} doesn't define __round__ method`);
  return callMethodDescr(hook, v, ndigits === undefined || ndigits === null ? [] : [ndigits]);
}

/** a.__op__(b), else b.__rop__(a) (subclass first), like binary_op1; undefined if both decline. */
export function dispatchBinary(a: PyValue, b: PyValue, name: string, rname: string): PyValue | undefined {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const reflectFirst = ta !== tb && isSubtype(tb, ta) && lookupType(tb, rname) !== lookupType(ta, rname);
  if (reflectFirst) {
    const r = callSpecial(b, rname, [a]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const r1 = callSpecial(a, name, [b]);
  if (r1 !== undefined && r1 !== NotImplemented) return r1;
  if (ta !== tb && !reflectFirst) {
    const r2 = callSpecial(b, rname, [a]);
    if (r2 !== undefined && r2 !== NotImplemented) return r2;
  }
  return undefined;
}

function divmodBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  arity('divmod', args, kwnames, 2);
  const [a, b] = args as [PyValue, PyValue];
  const ia = intOf(a);
  const ib = intOf(b);
  if (ia !== undefined && ib !== undefined && typeof a !== 'object' && typeof b !== 'object') return intDivmod(ia, ib);
  if (a instanceof PyFloat && b instanceof PyFloat && !a.type.isHeapType && !b.type.isHeapType) return floatDivmod(a.value, b.value);
  const r = dispatchBinary(a, b, '__divmod__', '__rdivmod__');
  if (r === undefined) typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
  return r;
}

function powBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [base, exp, mod] = bindNative('pow', args, kwnames, ['base', 'exp', 'mod'], 2) as [PyValue, PyValue, PyValue | undefined];
  if (mod === undefined || mod === null) {
    const r = numericBinary(8, base, exp);
    return r !== NotImplemented ? r : genericPow(base, exp);
  }
  const [ib, ie, im] = [intOf(base), intOf(exp), intOf(mod)];
  if (ib !== undefined && ie !== undefined && im !== undefined) return modPow(ib, ie, im);
  const numeric = (v: PyValue): boolean => intOf(v) !== undefined || v instanceof PyFloat;
  if (numeric(base) && numeric(exp) && numeric(mod)) typeError('pow() 3rd argument not allowed unless all arguments are integers');
  const r = callSpecial(base, '__pow__', [exp, mod]);
  if (r !== undefined && r !== NotImplemented) return r;
  return typeError(`unsupported operand type(s) for ** or pow(): '${typeName(base)}', '${typeName(exp)}', '${typeName(mod)}'`);
}

function genericPow(base: PyValue, exp: PyValue): PyValue {
  const r = dispatchBinary(base, exp, '__pow__', '__rpow__');
  if (r === undefined) typeError(`unsupported operand type(s) for ** or pow(): '${typeName(base)}' and '${typeName(exp)}'`);
  return r;
}

function radixBuiltin(name: string, radix: number, prefix: string): NativeFn {
  return (args, kwnames) => {
    const v = indexValue(one(name, args, kwnames));
    const magnitude = typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(v);
    return `${v < 0 ? '-' : ''}${prefix}${magnitude.toString(radix)}`;
  };
}

/** abs, round, divmod, pow, bin, oct, hex: for the builtins namespace. */
export const NUMERIC_BUILTINS: Readonly<Record<string, NativeFn>> = {
  abs: absBuiltin,
  round: roundBuiltin,
  divmod: divmodBuiltin,
  pow: powBuiltin,
  bin: radixBuiltin('bin', 2, '0b'),
  oct: radixBuiltin('oct', 8, '0o'),
  hex: radixBuiltin('hex', 16, '0x'),
};

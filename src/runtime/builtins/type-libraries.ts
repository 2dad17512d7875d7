// Hooks the method libraries of the built-in data types (numbers, strings, bytes, sequences,
// mappings, sets) into the process, and registers the builtin functions they export.

import { PyBuiltinFunction, type PyDict } from '../objects.js';
import { defineBytes } from './bytes.js';
import { defineMappings } from './mappings.js';
import { NUMERIC_BUILTINS, defineNumbers } from './numbers.js';
import { defineSequences } from './sequences.js';
import { defineSets } from './sets.js';
import { defineStrings } from './strings.js';

/** Installs the data types' methods (idempotent; the classes are shared). */
export function defineTypeLibraries(): void {
  defineNumbers();
  defineStrings();
  defineBytes();
  defineSequences();
  defineMappings();
  defineSets();
}

/** Installs the data types' methods and registers their functions in a builtins namespace. */
export function installTypeLibraries(ns: PyDict): void {
  defineTypeLibraries();
  for (const [name, fn] of Object.entries(NUMERIC_BUILTINS)) ns.set(name, new PyBuiltinFunction(name, fn));
}

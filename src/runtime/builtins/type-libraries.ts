// Hooks the method libraries of the built-in data types (numbers, strings, sequences,
// mappings) into the process, and registers the builtin functions they export.

import { PyBuiltinFunction, type PyDict } from '../objects.js';
import { NUMERIC_BUILTINS, defineNumbers } from './numbers.js';

/** Installs the data types' methods (once per process) and their builtin functions. */
export function installTypeLibraries(ns: PyDict): void {
  defineNumbers();
  for (const [name, fn] of Object.entries(NUMERIC_BUILTINS)) ns.set(name, new PyBuiltinFunction(name, fn));
}

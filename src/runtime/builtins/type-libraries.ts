// Hooks the method libraries of the built-in data types (numbers, strings, sequences,
// mappings) into the process, and registers the builtin functions they export.

import type { PyDict } from '../objects.js';

/** Installs the data types' methods; filled in as each library lands. */
export function installTypeLibraries(ns: PyDict): void {
  void ns;
}

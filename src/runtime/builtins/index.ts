// Assembles the `builtins` namespace of a VM: the built-in classes, exception classes,
// constants and functions. Class methods are installed once per process (the classes are
// immutable and shared); the namespace dict itself belongs to each VM.

import { NotImplemented, PyDict } from '../objects.js';
import { E, T } from '../types.js';
import { Ellipsis } from '../values.js';
import { defineCoreTypes } from './core-types.js';
import { defineGenericAliases } from './generic-alias.js';
import { installOpen } from './files.js';
import { installBuiltinFunctions } from './functions.js';
import { defineTypeLibraries, installTypeLibraries } from './type-libraries.js';
import { defineGenerators } from './generators.js';

const EXPORTED_CLASSES = [
  'object', 'type', 'int', 'bool', 'float', 'str', 'bytes', 'list', 'tuple', 'dict', 'set', 'frozenset',
  'range', 'slice', 'property', 'staticmethod', 'classmethod', 'super',
] as const;

/** Installs the methods of every built-in class, once per process (they are shared by all
 *  VMs). The compiler needs them too: it hashes the constants of a set display. */
export function defineBuiltinTypes(): void {
  defineCoreTypes();
  defineGenericAliases();
  defineGenerators();
  defineTypeLibraries();
}

export function createBuiltins(): PyDict {
  defineBuiltinTypes();
  const ns = new PyDict();
  for (const name of EXPORTED_CLASSES) ns.set(name, T[name]);
  for (const [name, type] of Object.entries(E)) ns.set(name, type);
  // The constants are keywords, but builtins holds them too (NameError suggestions see them).
  ns.set('None', null);
  ns.set('True', true);
  ns.set('False', false);
  ns.set('__debug__', true);
  ns.set('Ellipsis', Ellipsis);
  ns.set('NotImplemented', NotImplemented);
  ns.set('__name__', 'builtins');
  installBuiltinFunctions(ns);
  installOpen(ns);
  installTypeLibraries(ns);
  return ns;
}

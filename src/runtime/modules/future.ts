// The __future__ module: `from __future__ import annotations` (and the older features) compile
// as ordinary imports, so the names must exist. Each feature is the tuple CPython records for
// it: (optional release, mandatory release, compiler flag).

import { PyModule } from '../objects.js';
import { PyList, PyTuple } from '../values.js';

const FEATURES: ReadonlyArray<readonly [string, number[], number[] | null, number]> = [
  ['nested_scopes', [2, 1, 0], [2, 2, 0], 0x10],
  ['generators', [2, 2, 0], [2, 3, 0], 0],
  ['division', [2, 2, 0], [3, 0, 0], 0x20000],
  ['absolute_import', [2, 5, 0], [3, 0, 0], 0x40000],
  ['with_statement', [2, 5, 0], [2, 6, 0], 0x80000],
  ['print_function', [2, 6, 0], [3, 0, 0], 0x100000],
  ['unicode_literals', [2, 6, 0], [3, 0, 0], 0x200000],
  ['barry_as_FLUFL', [3, 1, 0], [4, 0, 0], 0x400000],
  ['generator_stop', [3, 5, 0], [3, 7, 0], 0x800000],
  ['annotations', [3, 7, 0], null, 0x1000000],
];

export function create(): PyModule {
  const module = new PyModule('__future__');
  for (const [name, optional, mandatory, flag] of FEATURES) {
    const release = (v: number[] | null): PyTuple | null => (v === null ? null : new PyTuple([...v]));
    module.dict.set(name, new PyTuple([release(optional), release(mandatory), flag]));
  }
  module.dict.set('all_feature_names', new PyList(FEATURES.map(([name]) => name)));
  return module;
}

// The built-in modules a program can import, by name. The VM's import hook calls a factory at
// most once per VM and caches the module, so module state (random's hidden instance, gc's flag,
// the classes themselves) belongs to one VM. sys is built by the VM itself (it needs the realm).

import type { PyModule } from '../objects.js';
import { create as createArray } from './array.js';
import { create as createFuture } from './future.js';
import { create as createCollections } from './collections.js';
import { create as createFunctools } from './functools.js';
import { create as createGc } from './gc.js';
import { create as createIo } from './io.js';
import { create as createItertools } from './itertools.js';
import { create as createMath } from './math.js';
import { create as createOperator } from './operator.js';
import { create as createRandom } from './random.js';
import { create as createString } from './string.js';
import { create as createTime } from './time.js';

export const BUILTIN_MODULES: Record<string, () => PyModule> = {
  __future__: createFuture,
  array: createArray,
  collections: createCollections,
  functools: createFunctools,
  gc: createGc,
  io: createIo,
  itertools: createItertools,
  math: createMath,
  operator: createOperator,
  random: createRandom,
  string: createString,
  time: createTime,
};

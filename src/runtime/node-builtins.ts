// Node built-in modules that only some runs need, loaded on first use: `node:crypto` (random
// seeding) and `node:child_process` (--compare) each pull in dozens of Node's internal modules,
// which would otherwise be compiled at every start-up. Both the modular build and the bundled
// CLI (CommonJS, where import.meta is empty) resolve them through one require function.

import { createRequire } from 'node:module';
import * as path from 'node:path';

type Crypto = typeof import('node:crypto');
type ChildProcess = typeof import('node:child_process');

// Built-in modules resolve the same from any base path.
const requireBuiltin = createRequire(path.join(process.cwd(), 'corevm'));

let crypto: Crypto | null = null;
let childProcess: ChildProcess | null = null;

export function nodeCrypto(): Crypto {
  return (crypto ??= requireBuiltin('node:crypto') as Crypto);
}

export function nodeChildProcess(): ChildProcess {
  return (childProcess ??= requireBuiltin('node:child_process') as ChildProcess);
}

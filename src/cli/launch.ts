#!/usr/bin/env -S node --stack-size=7000
// The `corevm` executable (bundled to dist/corevm.mjs). It loads the CLI, bundled as one
// CommonJS file (dist/corevm.cjs), through vm.Script with the V8 code cache the build recorded
// beside it (dist/corevm.cjs.cache, see build-code-cache.ts): V8 then deserializes the
// bytecode of every function a typical run uses instead of parsing 800 KB of JavaScript, which
// takes start-up from about 0.25 s to 0.18 s on the perf machine (Node alone: 0.10 s). A
// missing or stale cache (V8 checks the source and its own version and flags) only costs that
// time back; the cache is never required.
// The shebang gives V8 7 MB of the main thread's 8 MB stack (default: under 1 MB): guest calls
// are stackless, but recursion through host code (map, sorted keys, dunders) nests JS frames.

import Module, { createRequire } from 'node:module';

// Through require: an ESM import of node:fs would evaluate every export of it, fs.promises and
// the streams behind it included.
const require = createRequire(import.meta.url);
const fs = require('node:fs') as typeof import('node:fs');
const path = require('node:path') as typeof import('node:path');
const { Script } = require('node:vm') as typeof import('node:vm');

/** Set by the build: write the code cache of this run to this file at exit. */
const RECORD_ENV = 'COREVM_RECORD_CODE_CACHE';

const dir = path.dirname(require.resolve('./corevm.cjs'));
const bundle = path.join(dir, 'corevm.cjs');
let cachedData: Buffer | undefined;
try {
  cachedData = fs.readFileSync(`${bundle}.cache`);
} catch {
  cachedData = undefined;
}
const script = new Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
const record = process.env[RECORD_ENV];
if (record !== undefined) {
  // After the run, so the cache holds the functions it compiled lazily, not only the top level.
  process.on('exit', () => {
    const temp = `${record}.${process.pid}.tmp`;
    fs.writeFileSync(temp, script.createCachedData());
    fs.renameSync(temp, record);
  });
}
const module = { exports: {} };
const load = script.runInThisContext() as (...args: unknown[]) => void;
load(module.exports, createRequire(bundle), module, bundle, dir);

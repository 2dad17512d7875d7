// A private copy of corevm's compiled JavaScript for one perf/harness run. Other work may
// rebuild dist/ while a long benchmark run is going on; every corevm run of one harness
// invocation uses the same snapshot instead, checked once by a smoke test (a build caught
// half-written is retried). The snapshot lives in the OS temp directory and is removed at exit.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const COMPILED_DIRS = ['src', 'interpreter', 'jit'];
const ATTEMPTS = 5;
const RETRY_MS = 3000;

export interface BuildSnapshot {
  dir: string;
  cli: string;
  /** null when the smoke test passed, otherwise what it printed. */
  problem: string | null;
}

/** Copies dist/{src,interpreter,jit} beside links to package.json and node_modules. */
function copyBuild(root: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corevm-perf-build-'));
  fs.copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  for (const sub of COMPILED_DIRS) {
    const from = path.join(root, 'dist', sub);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, 'dist', sub), { recursive: true });
  }
  // The CLI the engines run: its launcher, the bundle and the bundle's code cache.
  for (const file of ['corevm.mjs', 'corevm.cjs', 'corevm.cjs.cache']) {
    const from = path.join(root, 'dist', file);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(dir, 'dist', file));
  }
  return dir;
}

/** Runs print(6 * 7) through the snapshot's CLI; null when it prints 42. */
function smokeTest(cli: string, dir: string): string | null {
  const file = path.join(dir, 'smoke.py');
  fs.writeFileSync(file, 'print(6 * 7)\n');
  const run = spawnSync(process.execPath, [cli, 'run', '--no-jit', file], { encoding: 'utf8' });
  if (run.status === 0 && run.stdout === '42\n') return null;
  const lines = `${run.stderr}${run.stdout}`.trim().split('\n').filter((l) => /error/i.test(l));
  return `exit ${run.status}: ${lines[0] ?? run.stderr.trim().split('\n').pop() ?? ''}`;
}

/** Takes a snapshot that passes the smoke test, retrying a few times while dist/ is being rebuilt. */
export async function takeSnapshot(root: string): Promise<BuildSnapshot> {
  let problem: string | null = null;
  for (let attempt = 1; ; attempt++) {
    const dir = copyBuild(root);
    const cli = path.join(dir, 'dist', 'corevm.mjs');
    problem = smokeTest(cli, dir);
    if (problem === null || attempt === ATTEMPTS) return { dir, cli, problem };
    removeSnapshot({ dir, cli, problem });
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

export function removeSnapshot(snapshot: BuildSnapshot): void {
  fs.rmSync(snapshot.dir, { recursive: true, force: true });
}

// Shared corpus machinery: listing the recorded programs, the known-failures list, and the
// comparison of a corevm run against CPython's recording (stdout, status, traceback lines).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPythonFile, stderrSignature, type RunOptions } from './run-python.js';

export const ROOT = path.join(process.cwd(), 'test', 'programs');

interface Expected {
  stdout: string;
  stderr: string;
  status: number;
}

export function listPrograms(): string[] {
  const out: string[] = [];
  for (const area of fs.readdirSync(ROOT).sort()) {
    const dir = path.join(ROOT, area);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.endsWith('.py') && fs.existsSync(path.join(dir, name.replace(/\.py$/, '.expected.json')))) {
        out.push(`${area}/${name}`);
      }
    }
  }
  return out;
}

export function loadKnownFailures(): Record<string, string> {
  const file = path.join(ROOT, 'known-failures.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

/** First difference between actual and expected, as a one-line reason. */
export function describeMismatch(program: string, options: RunOptions = {}): string | null {
  const file = path.join(ROOT, program);
  const expected = JSON.parse(fs.readFileSync(file.replace(/\.py$/, '.expected.json'), 'utf8')) as Expected;
  let actual;
  try {
    actual = runPythonFile(file, options);
  } catch (e) {
    return `crash: ${(e as Error).message.split('\n')[0]}`;
  }
  if (actual.stdout !== expected.stdout) {
    const a = actual.stdout.split('\n');
    const b = expected.stdout.split('\n');
    const i = a.findIndex((line, k) => line !== b[k]);
    const at = i < 0 ? a.length : i;
    const detail = stderrSignature(actual.stderr).at(-1);
    return `stdout line ${at + 1}: got ${JSON.stringify(a[at] ?? '<end>')}, want ${JSON.stringify(b[at] ?? '<end>')}${detail ? ` [${detail}]` : ''}`;
  }
  if (actual.status !== expected.status) return `exit status ${actual.status}, want ${expected.status} [${stderrSignature(actual.stderr).at(-1) ?? ''}]`;
  const got = stderrSignature(actual.stderr);
  const want = stderrSignature(expected.stderr);
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    const k = got.findIndex((line, i) => line !== want[i]);
    return `stderr: got ${JSON.stringify(got[k] ?? '<end>')}, want ${JSON.stringify(want[k] ?? '<end>')}`;
  }
  return null;
}


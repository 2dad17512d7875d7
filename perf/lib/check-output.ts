// Judges one benchmark run for perf/harness: a run counts only if it exited with status 0
// and printed exactly the output recorded from CPython. A failure is described by the
// exit status and the last stderr line, or by the first line that differs.

import type { ProcessResult } from './run-process.js';

const MAX_SHOWN = 100;

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}...` : text;
}

function lines(text: string): string[] {
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}

/** The first differing line of two outputs, as `line N: expected '...', got '...'`. */
export function firstDifference(expected: string, actual: string): string | null {
  if (expected === actual) return null;
  const want = lines(expected);
  const got = lines(actual);
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] === got[i]) continue;
    const shownWant = want[i] === undefined ? 'end of output' : `'${shorten(want[i]!)}'`;
    const shownGot = got[i] === undefined ? 'end of output' : `'${shorten(got[i]!)}'`;
    return `line ${i + 1}: expected ${shownWant}, got ${shownGot}`;
  }
  return 'outputs differ only in the final newline';
}

/**
 * The line of stderr that says what went wrong: the last line of a Python traceback, or for
 * a crash of node itself (which ends with "Node.js vX") the first `SomethingError:` line.
 */
export function errorLine(text: string): string {
  const lines = text.trim().split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const last = lines[lines.length - 1] ?? '';
  if (!/^Node\.js v/.test(last)) return shorten(last);
  const error = lines.find((l) => /^[A-Za-z_.]*(Error|Exception)\b/.test(l));
  return shorten(`node crashed: ${error ?? lines[0] ?? last}`);
}

/** null when the run passed, otherwise why it failed. */
export function judge(result: ProcessResult, expected: string, timeoutSeconds: number): string | null {
  if (result.timedOut) return `timed out after ${timeoutSeconds} s`;
  if (result.status !== 0) {
    const how = result.signal !== null ? `killed by ${result.signal}` : `exit ${result.status}`;
    return `${how}: ${errorLine(result.stderr) || '(no stderr)'}`;
  }
  return firstDifference(expected, result.stdout);
}

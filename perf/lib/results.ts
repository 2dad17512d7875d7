// The machine-readable results of one perf/harness run (perf/results/<timestamp>.json) and
// the comparison with a saved baseline (--compare). Times are seconds, rss is KB; a result
// whose status is FAIL has no samples: wrong answers are never timed.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EngineId } from './engines.js';

export type Status = 'ok' | 'FAIL';

export interface EngineResult {
  program: string;
  engine: EngineId;
  /** The size argument the program ran with ("default" = the program's DEFAULT_N). */
  size: string;
  status: Status;
  detail: string | null;
  samples: number[];
  median: number | null;
  /** User + system CPU seconds of each whole-process run (null without /usr/bin/time). */
  cpuSamples: number[];
  cpuMedian: number | null;
  rss: number | null;
  steadyStatus: Status | 'n/a';
  steadyDetail: string | null;
  steadySamples: number[];
  steadyMedian: number | null;
}

export interface ResultsFile {
  format: 'corevm-perf/1';
  date: string;
  quick: boolean;
  runs: number;
  units: { time: 's'; rss: 'KB' };
  machine: Record<string, string>;
  engines: { id: EngineId; available: boolean; description: string }[];
  results: EngineResult[];
}

export function median(samples: readonly number[]): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Writes the results under dir with a timestamped name and returns the path. */
export function saveResults(dir: string, results: ResultsFile): string {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = results.date.replace(/[:.]/g, '-');
  const file = path.join(dir, `${stamp}.json`);
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

export function loadResults(file: string): ResultsFile {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as ResultsFile;
  if (data.format !== 'corevm-perf/1' || !Array.isArray(data.results)) {
    throw new Error(`${file} is not a corevm perf results file`);
  }
  return data;
}

export interface Change {
  program: string;
  engine: EngineId;
  before: number;
  now: number;
  steadyBefore: number | null;
  steadyNow: number | null;
}

/** Pairs of ok results for the same program, engine and size in both runs. */
export function compareResults(baseline: ResultsFile, current: ResultsFile): Change[] {
  const changes: Change[] = [];
  for (const now of current.results) {
    const before = baseline.results.find((r) => r.program === now.program && r.engine === now.engine && r.size === now.size);
    if (!before || before.median === null || now.median === null) continue;
    changes.push({
      program: now.program,
      engine: now.engine,
      before: before.median,
      now: now.median,
      steadyBefore: before.steadyMedian,
      steadyNow: now.steadyMedian,
    });
  }
  return changes;
}

// Command-line options of perf/harness (`npm run perf -- --quick --runs=5 ...`). Parsing
// only: defaults that depend on --quick are applied here, nothing else reads process.argv.

import type { EngineId } from './engines.js';

export class UsageError extends Error {}

export interface HarnessOptions {
  runs: number;
  quick: boolean;
  only: string[] | null;
  engines: EngineId[] | null;
  compare: string | null;
  timeoutSeconds: number;
  warmup: number;
  iterations: number;
  steady: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run perf -- [options]
  --quick            the representative subset at the sizes in perf/programs/manifest.json
  --only=a,b         only these programs (with --quick: only these of the subset)
  --engines=x,y      only these engines: interp, jit, cpython, pypy, js
  --runs=N           whole-process runs per engine; the median is reported (default 3)
  --warmup=N         steady state: untimed calls of main() first (default 2, quick 1)
  --iterations=N     steady state: timed calls of main() (default 5, quick 3)
  --no-steady        skip the steady-state runs
  --timeout=S        seconds before one run is killed and reported as failed (default 300, quick 60)
  --compare=FILE     compare with a saved results file (perf/results/*.json)
  --help             show this help
`;

const ENGINE_IDS: readonly EngineId[] = ['interp', 'jit', 'cpython', 'pypy', 'js'];

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} needs a positive integer, got '${value}'`);
  return n;
}

function engineList(value: string): EngineId[] {
  return value.split(',').map((name) => {
    const id = ENGINE_IDS.find((e) => e === name);
    if (id === undefined) throw new UsageError(`unknown engine '${name}' (expected one of ${ENGINE_IDS.join(', ')})`);
    return id;
  });
}

/** Parses argv (without node and the script); throws UsageError on anything unknown. */
export function parseOptions(argv: readonly string[]): HarnessOptions {
  const values = new Map<string, string | true>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unexpected argument '${arg}'`);
    values.set(match[1]!, match[2] ?? true);
  }
  for (const flag of ['quick', 'no-steady', 'help']) {
    if (typeof values.get(flag) === 'string') throw new UsageError(`--${flag} takes no value`);
  }
  const quick = values.get('quick') === true;
  const text = (name: string): string | null => {
    const v = values.get(name);
    if (v === true) throw new UsageError(`--${name} needs a value: --${name}=...`);
    return v ?? null;
  };
  const int = (name: string, fallback: number): number => {
    const v = text(name);
    return v === null ? fallback : positiveInt(name, v);
  };
  const known = ['quick', 'only', 'engines', 'runs', 'warmup', 'iterations', 'no-steady', 'timeout', 'compare', 'help'];
  for (const name of values.keys()) if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
  const only = text('only');
  const engines = text('engines');
  return {
    runs: int('runs', 3),
    quick,
    only: only === null ? null : only.split(',').filter((s) => s !== ''),
    engines: engines === null ? null : engineList(engines),
    compare: text('compare'),
    timeoutSeconds: int('timeout', quick ? 60 : 300),
    warmup: int('warmup', quick ? 1 : 2),
    iterations: int('iterations', quick ? 3 : 5),
    steady: values.get('no-steady') !== true,
    help: values.get('help') === true,
  };
}

// Micro benchmarks (`npm run perf:micro`): each Python snippet of snippets.ts is compiled
// once and run in-process through the VM API (new VM, vm.runMain) under benchmark.js, which
// reports runs per second with a relative margin of error. One run executes the snippet's
// loop LOOP times, so Python-level operations per second = runs/s x LOOP. Prints figures
// only; nothing here asserts a timing.

import Benchmark from 'benchmark';
import type { CodeObject } from '../../src/bytecode/code-object.js';
import { compileModule } from '../../src/frontend/python/compiler.js';
import type { OutputStream } from '../../src/runtime/realm.js';
import { VM } from '../../src/vm.js';
import { LOOP, SNIPPETS, type Snippet } from './snippets.js';

/** Collects guest output in memory (the check run reads it; timed runs print nothing). */
class Collector implements OutputStream {
  text = '';

  write(text: string): void {
    this.text += text;
  }
}

interface Tier {
  name: string;
  makeVM(stdout: OutputStream, stderr: OutputStream): VM;
}

/** The interpreter alone, and the default tiering. Each run is a new VM over the same compiled
 *  snippet, whose profile (on the code object) is warm after the first runs. */
const TIERS: readonly Tier[] = [
  { name: 'interpreter (--no-jit)', makeVM: (stdout, stderr) => new VM({ stdout, stderr, jit: 'off' }) },
  { name: 'jit (default tiering)', makeVM: (stdout, stderr) => new VM({ stdout, stderr, jit: 'on' }) },
];

/** Runs print(run(LOOP)) once; null when the output is the one CPython prints. */
function check(tier: Tier, snippet: Snippet): string | null {
  const stdout = new Collector();
  const stderr = new Collector();
  let status: number;
  try {
    status = tier.makeVM(stdout, stderr).runMain(compileModule(`${snippet.source}\nprint(run(${LOOP}))\n`, 'bench.py'));
  } catch (e) {
    return `host error: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (status !== 0) return `exit ${status}: ${stderr.text.trim().split('\n').pop() ?? ''}`;
  const got = stdout.text.trim();
  return got === snippet.expected ? null : `printed '${got}', CPython prints '${snippet.expected}'`;
}

const WARMUP_RUNS = 50;

/** Warms the VM (and V8's compilation of the VM) up, then lets benchmark.js sample. */
function measure(tier: Tier, code: CodeObject, name: string): Benchmark {
  const out = new Collector();
  const vm = tier.makeVM(out, out);
  const once = (): void => {
    if (vm.runMain(code) !== 0) throw new Error(`${name} failed: ${out.text}`);
  };
  for (let i = 0; i < WARMUP_RUNS; i++) once();
  const bench = new Benchmark(name, once, { maxTime: 3, minSamples: 10 });
  bench.run();
  return bench;
}

function formatRate(perSecond: number): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M/s`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k/s`;
  return `${perSecond.toFixed(0)} /s`;
}

function runTier(tier: Tier): void {
  console.log(`${tier.name}:`);
  const width = Math.max(...SNIPPETS.map((s) => s.name.length));
  for (const snippet of SNIPPETS) {
    const failure = check(tier, snippet);
    if (failure !== null) {
      console.log(`  ${snippet.name.padEnd(width)}  FAIL ${failure}`);
      continue;
    }
    const code = compileModule(`${snippet.source}\nresult = run(${LOOP})\n`, 'bench.py');
    const bench = measure(tier, code, snippet.name);
    const runs = `${bench.hz.toFixed(1)} runs/s`.padStart(16);
    const rme = `±${bench.stats.rme.toFixed(2)}%`.padStart(8);
    const spread = `${(Math.min(...bench.stats.sample) * 1e3).toFixed(2)}-${(Math.max(...bench.stats.sample) * 1e3).toFixed(2)} ms`;
    console.log(`  ${snippet.name.padEnd(width)}  ${runs} ${rme}  = ${formatRate(bench.hz * LOOP).padStart(10)} loop iterations (${bench.stats.sample.length} samples, ${spread} per run)`);
  }
}

console.log(`corevm micro benchmarks: benchmark.js, one run = one vm.runMain() of a snippet whose loop runs ${LOOP} times`);
console.log(`node ${process.version}; ± is benchmark.js's relative margin of error (stats.rme, 95% confidence)`);
for (const tier of TIERS) runTier(tier);

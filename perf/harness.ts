// The benchmark suite's harness (`npm run perf`): runs every program in perf/programs under
// each engine (corevm interpreter and JIT, CPython, PyPy, the JS twin), checks each output
// against the one recorded from CPython, reports whole-process and steady-state medians, max
// RSS and ratios to CPython, and saves perf/results/<timestamp>.json. A wrong answer is a
// FAIL and is never timed. Exit 0 when the harness worked, even with FAILs; 1 on harness
// errors; 2 on usage errors. The last line printed is always the `geomean:` line.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { judge } from './lib/check-output.js';
import { detectEngines, type Engine, type EngineId } from './lib/engines.js';
import { parseOptions, USAGE, UsageError, type HarnessOptions } from './lib/options.js';
import { compareTable, geomeanLine, programBlock, summaryTable } from './lib/report.js';
import { compareResults, loadResults, median, saveResults, type EngineResult, type ResultsFile } from './lib/results.js';
import { GNU_TIME, killRunning, runProcess } from './lib/run-process.js';
import { removeSnapshot, takeSnapshot, type BuildSnapshot } from './lib/build-snapshot.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PERF = path.join(ROOT, 'perf');
const PROGRAMS = path.join(PERF, 'programs');
const STEADY_MARK = 'steady-seconds: ';

class HarnessError extends Error {}

interface Program {
  name: string;
  /** Path relative to the repository root (runs happen there, so tracebacks stay short). */
  file: string;
  args: string[];
  size: string;
  expected: string;
  jsTwin: string | null;
}

function readManifest(): Record<string, number> {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROGRAMS, 'manifest.json'), 'utf8')) as { quick: Record<string, number> };
  return manifest.quick;
}

function defaultSize(file: string): string {
  const match = /^DEFAULT_N = (\S+)/m.exec(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  return match ? match[1]! : 'default';
}

function loadProgram(name: string, quickSize: number | undefined): Program {
  const file = path.join('perf', 'programs', `${name}.py`);
  const expectedFile = path.join(PROGRAMS, `${name}${quickSize === undefined ? '' : '.quick'}.expected.txt`);
  if (!fs.existsSync(expectedFile)) {
    throw new HarnessError(`no recorded output ${path.relative(ROOT, expectedFile)}: run python3 perf/record_expected.py`);
  }
  const twin = path.join('perf', 'js', `${name}.js`);
  return {
    name,
    file,
    args: quickSize === undefined ? [] : [String(quickSize)],
    size: quickSize === undefined ? defaultSize(file) : String(quickSize),
    expected: fs.readFileSync(expectedFile, 'utf8'),
    jsTwin: fs.existsSync(path.join(ROOT, twin)) ? twin : null,
  };
}

/** The programs to run: all of perf/programs, or the --quick subset, narrowed by --only. */
function selectPrograms(options: HarnessOptions): Program[] {
  const all = fs.readdirSync(PROGRAMS).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
  const quick = readManifest();
  let names = options.quick ? all.filter((n) => n in quick) : all;
  if (options.only !== null) {
    const unknown = options.only.filter((n) => !names.includes(n));
    if (unknown.length > 0) throw new UsageError(`unknown program(s) ${unknown.join(', ')}; choose from ${names.join(', ')}`);
    names = names.filter((n) => options.only!.includes(n));
  }
  return names.map((n) => loadProgram(n, options.quick ? quick[n] : undefined));
}

function commandFor(engine: Engine, program: Program): string[] | null {
  if (engine.id === 'js') return program.jsTwin === null ? null : engine.command(program.jsTwin, program.args);
  return engine.command(program.file, program.args);
}

interface Tally {
  engine: Engine;
  argv: string[];
  samples: number[];
  cpu: number[];
  rss: number | null;
  failure: string | null;
}

/** N whole-process runs per engine, interleaved (run 1 of each engine, then run 2, ...). */
async function wholeProcessRuns(program: Program, engines: readonly Engine[], options: HarnessOptions): Promise<Tally[]> {
  const tallies: Tally[] = [];
  for (const engine of engines) {
    const argv = commandFor(engine, program);
    if (argv !== null) tallies.push({ engine, argv, samples: [], cpu: [], rss: null, failure: null });
  }
  for (let run = 0; run < options.runs; run++) {
    for (const t of tallies) {
      if (t.failure !== null) continue;
      const result = await runProcess({ argv: t.argv, cwd: ROOT, timeoutSeconds: options.timeoutSeconds, measureRss: fs.existsSync(GNU_TIME) });
      t.failure = judge(result, program.expected, options.timeoutSeconds);
      if (t.failure !== null) continue;
      t.samples.push(result.seconds);
      if (result.cpuSeconds !== null) t.cpu.push(result.cpuSeconds);
      if (result.rssKb !== null) t.rss = Math.max(t.rss ?? 0, result.rssKb);
    }
  }
  return tallies;
}

interface Steady {
  status: 'ok' | 'FAIL';
  detail: string | null;
  samples: number[];
}

/**
 * Steady state: perf/steady.py and the program (as program.py) in a scratch directory, so
 * `import program` works the same under every engine; main() runs WARMUP + ITERATIONS times.
 */
async function steadyRun(program: Program, engine: Engine, options: HarnessOptions, dir: string): Promise<Steady> {
  const argv = engine.command(path.join(dir, 'steady.py'), [String(options.warmup), String(options.iterations), ...program.args]);
  const timeout = options.timeoutSeconds * (options.warmup + options.iterations);
  const result = await runProcess({ argv, cwd: dir, timeoutSeconds: timeout, measureRss: false });
  const lines = result.stdout.split('\n');
  const markAt = lines.findIndex((l) => l.startsWith(STEADY_MARK));
  const body = markAt < 0 ? result.stdout : `${lines.slice(0, markAt).join('\n')}\n`;
  const failure = judge({ ...result, stdout: body }, program.expected, timeout);
  if (failure !== null) return { status: 'FAIL', detail: failure, samples: [] };
  if (markAt < 0) return { status: 'FAIL', detail: 'no steady-seconds line', samples: [] };
  const samples = lines[markAt]!.slice(STEADY_MARK.length).trim().split(/\s+/).map(Number);
  return { status: 'ok', detail: null, samples };
}

function toResult(program: Program, t: Tally, steady: Steady | null): EngineResult {
  const ok = t.failure === null;
  return {
    program: program.name,
    engine: t.engine.id,
    size: program.size,
    status: ok ? 'ok' : 'FAIL',
    detail: t.failure,
    samples: ok ? t.samples : [],
    median: ok ? median(t.samples) : null,
    cpuSamples: ok ? t.cpu : [],
    cpuMedian: ok ? median(t.cpu) : null,
    rss: ok ? t.rss : null,
    steadyStatus: steady === null ? 'n/a' : steady.status,
    steadyDetail: steady?.detail ?? null,
    steadySamples: steady?.samples ?? [],
    steadyMedian: steady === null ? null : median(steady.samples),
  };
}

async function benchmarkProgram(program: Program, engines: readonly Engine[], options: HarnessOptions): Promise<EngineResult[]> {
  const tallies = await wholeProcessRuns(program, engines, options);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `corevm-perf-${program.name}-`));
  try {
    fs.copyFileSync(path.join(PERF, 'steady.py'), path.join(dir, 'steady.py'));
    fs.copyFileSync(path.join(ROOT, program.file), path.join(dir, 'program.py'));
    const results: EngineResult[] = [];
    for (const t of tallies) {
      const wanted = options.steady && t.engine.steady && t.failure === null;
      results.push(toResult(program, t, wanted ? await steadyRun(program, t.engine, options, dir) : null));
    }
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function machine(): Record<string, string> {
  const cpus = os.cpus();
  return {
    cpus: `${os.availableParallelism()} x ${cpus[0]?.model ?? 'unknown'}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadavg: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

function printHeader(options: HarnessOptions, engines: readonly Engine[], programs: readonly Program[], info: Record<string, string>): void {
  const mode = options.quick ? 'quick subset at the sizes in perf/programs/manifest.json' : 'full suite at default sizes';
  console.log(`corevm perf: ${programs.length} programs (${mode}), ${options.runs} run(s) per engine, median reported`);
  console.log(options.steady ? `steady state: ${options.warmup} warm-up + ${options.iterations} timed calls of main() in one process (perf/steady.py)` : 'steady state: skipped (--no-steady)');
  console.log(`machine: ${info['cpus']}, ${info['memory']}, ${info['os']}, node ${info['node']}, load average ${info['loadavg']}`);
  console.log(`memory: ${fs.existsSync(GNU_TIME) ? `max RSS and CPU time (user + system) of each whole process, from ${GNU_TIME} -f '%M %U %S'` : `n/a (${GNU_TIME} not found)`}`);
  console.log('engines:');
  for (const e of engines) console.log(`  ${e.id.padEnd(8)} ${e.description}`);
}

function printCompare(file: string, current: ResultsFile): void {
  const baseline = loadResults(file);
  console.log(`compare with ${file} (${baseline.date}${baseline.quick ? ', quick' : ''}): negative change = faster now`);
  const changes = compareResults(baseline, current);
  if (changes.length === 0) console.log('  nothing comparable (no program, engine and size passed in both runs)');
  else for (const line of compareTable(changes)) console.log(line);
  console.log('');
}

let snapshot: BuildSnapshot | null = null;

/** Runs every program under every engine, printing each program's block as it completes. */
async function benchmarkAll(programs: readonly Program[], engines: readonly Engine[], options: HarnessOptions): Promise<EngineResult[]> {
  const results: EngineResult[] = [];
  for (const program of programs) {
    console.log(`${program.name} (n=${program.size})`);
    const programResults = await benchmarkProgram(program, engines, options);
    for (const line of programBlock(programResults)) console.log(line);
    console.log('');
    results.push(...programResults);
  }
  return results;
}

function resultsFile(options: HarnessOptions, info: Record<string, string>, engines: readonly Engine[], results: EngineResult[]): ResultsFile {
  return {
    format: 'corevm-perf/1',
    date: new Date().toISOString(),
    quick: options.quick,
    runs: options.runs,
    units: { time: 's', rss: 'KB' },
    machine: { ...info, loadavgAtEnd: os.loadavg().map((l) => l.toFixed(2)).join(' ') },
    engines: engines.map((e) => ({ id: e.id, available: e.available, description: e.description })),
    results,
  };
}

/** Summary table, saved results, optional comparison, and the geomean lines (the very last). */
function printConclusion(programs: readonly Program[], engines: readonly Engine[], file: ResultsFile, options: HarnessOptions): void {
  const names = programs.map((p) => p.name);
  const ids: EngineId[] = engines.filter((e) => e.available).map((e) => e.id);
  console.log('summary: CPython medians, then time / CPython time per engine (lower is faster); (steady) = per main() call');
  for (const line of summaryTable(names, file.results, ids)) console.log(line);
  console.log('');
  console.log(`results: ${path.relative(process.cwd(), saveResults(path.join(PERF, 'results'), file))}`);
  console.log(`load average at the end: ${file.machine['loadavgAtEnd']}`);
  console.log('');
  if (options.compare !== null) printCompare(options.compare, file);
  if (options.steady) console.log(`geomean (steady state per iteration): ${geomeanLine(names, file.results, true)}`);
  console.log(`geomean: ${geomeanLine(names, file.results, false)}`);
}

async function run(options: HarnessOptions): Promise<void> {
  const cli = path.join(ROOT, 'dist', 'corevm.mjs');
  if (!fs.existsSync(cli)) throw new HarnessError(`${cli} not found: build first (npm run build)`);
  const programs = selectPrograms(options);
  if (options.compare !== null && !fs.existsSync(options.compare)) throw new HarnessError(`--compare: ${options.compare} not found`);
  snapshot = await takeSnapshot(ROOT);
  const chosen = detectEngines({ cli: snapshot.cli, cliLabel: 'corevm' }).filter((e) => options.engines === null || options.engines.includes(e.id));
  const info = machine();
  printHeader(options, chosen, programs, info);
  console.log(`corevm = node ${snapshot.cli} (dist/ copied at start, so a rebuild during the run cannot change it)`);
  if (snapshot.problem !== null) console.log(`warning: corevm fails a smoke test (print(6 * 7)): ${snapshot.problem}`);
  console.log('');
  const results = await benchmarkAll(programs, chosen.filter((e) => e.available), options);
  printConclusion(programs, chosen, resultsFile(options, info, chosen, results), options);
}

function interrupted(signal: NodeJS.Signals): void {
  killRunning();
  if (snapshot !== null) removeSnapshot(snapshot);
  process.stderr.write(`perf: interrupted by ${signal}\n`);
  process.exit(130);
}

async function main(): Promise<number> {
  process.on('SIGINT', interrupted);
  process.on('SIGTERM', interrupted);
  try {
    const options = parseOptions(process.argv.slice(2));
    if (options.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    await run(options);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`perf: ${e.message}\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`perf: ${e instanceof HarnessError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  } finally {
    if (snapshot !== null) removeSnapshot(snapshot);
  }
}

process.exitCode = await main();

// Text report of perf/harness: a block per program (one row per engine), the summary of
// ratios to CPython, the comparison with a baseline and the geomean lines. Ratios are
// time_engine / time_cpython, so lower is faster; FAIL rows carry no time at all.

import type { EngineId } from './engines.js';
import type { Change, EngineResult } from './results.js';

export function seconds(s: number | null): string {
  return s === null ? '-' : `${s.toFixed(3)} s`;
}

function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

function showRatio(r: number | null): string {
  return r === null ? '-' : r < 0.1 ? r.toFixed(3) : r.toFixed(2);
}

function megabytes(kb: number | null): string {
  return kb === null ? 'n/a' : `${(kb / 1024).toFixed(1)} MB`;
}

/** Left-aligns the first column and right-aligns the rest, two spaces apart. */
export function table(rows: string[][], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    (indent + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).trimEnd(),
  );
}

/**
 * The rows for one program: status, whole-process wall median and its ratio to CPython, CPU
 * median (user + system; steadier than wall time on a busy machine), steady median, max RSS.
 */
export function programBlock(results: readonly EngineResult[]): string[] {
  const cpython = results.find((r) => r.engine === 'cpython');
  const rows = [['engine', 'status', 'process', 'x cpython', 'cpu', 'steady/iter', 'x cpython', 'max RSS']];
  const notes: string[] = [];
  for (const r of results) {
    if (r.status === 'FAIL') {
      rows.push([r.engine, 'FAIL', '-', '-', '-', '-', '-', '-']);
      notes.push(`  ${r.engine} FAIL: ${r.detail}`);
      continue;
    }
    const steady = r.steadyStatus === 'ok' ? r.steadyMedian : null;
    const steadyCell = r.steadyStatus === 'FAIL' ? 'FAIL' : seconds(steady);
    if (r.steadyStatus === 'FAIL') notes.push(`  ${r.engine} steady state FAIL: ${r.steadyDetail}`);
    rows.push([r.engine, 'ok', seconds(r.median), showRatio(ratio(r.median, cpython?.median ?? null)), seconds(r.cpuMedian),
      steadyCell, showRatio(ratio(steady, cpython?.steadyMedian ?? null)), megabytes(r.rss)]);
  }
  return [...table(rows), ...notes];
}

function cell(r: EngineResult | undefined, cpython: EngineResult | undefined, steady: boolean): string {
  if (r === undefined) return '-';
  if (r.status === 'FAIL' || (steady && r.steadyStatus === 'FAIL')) return 'FAIL';
  return showRatio(steady ? ratio(r.steadyMedian, cpython?.steadyMedian ?? null) : ratio(r.median, cpython?.median ?? null));
}

/** One row per program: CPython's own times, then every other engine's ratios to them. */
export function summaryTable(programs: readonly string[], results: readonly EngineResult[], engines: readonly EngineId[]): string[] {
  const others = engines.filter((e) => e !== 'cpython');
  const header = ['program', 'cpython', '(steady)'];
  for (const e of others) header.push(e, ...(e === 'js' ? [] : ['(steady)']));
  const rows = [header];
  for (const program of programs) {
    const of = (e: EngineId): EngineResult | undefined => results.find((r) => r.program === program && r.engine === e);
    const cpython = of('cpython');
    const row = [program, cpython?.status === 'FAIL' ? 'FAIL' : seconds(cpython?.median ?? null), seconds(cpython?.steadyMedian ?? null)];
    for (const e of others) row.push(cell(of(e), cpython, false), ...(e === 'js' ? [] : [cell(of(e), cpython, true)]));
    rows.push(row);
  }
  return table(rows);
}

function percent(before: number | null, now: number | null): string {
  if (before === null || now === null || before === 0) return '-';
  const change = (now / before - 1) * 100;
  return `${change >= 0 ? '+' : ''}${change.toFixed(1)}%`;
}

/** Per program and engine: medians before and now and the change (negative = faster now). */
export function compareTable(changes: readonly Change[]): string[] {
  const rows = [['program', 'engine', 'process before', 'now', 'change', 'steady before', 'now', 'change']];
  for (const c of changes) {
    rows.push([c.program, c.engine, seconds(c.before), seconds(c.now), percent(c.before, c.now),
      seconds(c.steadyBefore), seconds(c.steadyNow), percent(c.steadyBefore, c.steadyNow)]);
  }
  return table(rows);
}

function geomean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}

function showGeomean(values: readonly number[]): string {
  const g = geomean(values);
  return g === null ? 'n/a' : g.toFixed(3);
}

/**
 * `geomean: interp/cpython=x jit/cpython=y jit/interp=z` over the programs where interp, jit
 * and cpython all passed (all three also passed the steady-state runs when `steady`).
 */
export function geomeanLine(programs: readonly string[], results: readonly EngineResult[], steady: boolean): string {
  const interpCpy: number[] = [];
  const jitCpy: number[] = [];
  const jitInterp: number[] = [];
  const time = (r: EngineResult | undefined): number | null => (steady ? (r?.steadyStatus === 'ok' ? r.steadyMedian : null) : r?.status === 'ok' ? r.median : null);
  for (const program of programs) {
    const of = (e: EngineId): number | null => time(results.find((r) => r.program === program && r.engine === e));
    const [i, j, c] = [of('interp'), of('jit'), of('cpython')];
    if (i === null || j === null || c === null || i <= 0 || j <= 0 || c <= 0) continue;
    interpCpy.push(i / c);
    jitCpy.push(j / c);
    jitInterp.push(j / i);
  }
  return `interp/cpython=${showGeomean(interpCpy)} jit/cpython=${showGeomean(jitCpy)} jit/interp=${showGeomean(jitInterp)}`;
}

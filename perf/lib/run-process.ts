// Runs one benchmark process for perf/harness: wall time from spawn to exit (hrtime); peak
// memory (max RSS, KB) and CPU time (user + system) of the whole process as reported by GNU
// time (`/usr/bin/time -f '%M %U %S'`) when that binary exists; a timeout that kills the
// whole process group. Never throws for a failing child: the caller judges the outcome.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const GNU_TIME = '/usr/bin/time';

/** Process groups still running: children are detached, so Ctrl-C does not reach them. */
const live = new Set<number>();

/** Kills every benchmark process still running (the harness calls this on SIGINT/SIGTERM). */
export function killRunning(): void {
  for (const pid of live) killGroup(pid);
}

export interface ProcessResult {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Peak resident set size in KB, or null when /usr/bin/time is not available. */
  rssKb: number | null;
  /** User + system CPU seconds (10 ms resolution), or null without /usr/bin/time. */
  cpuSeconds: number | null;
  timedOut: boolean;
}

export interface RunRequest {
  argv: string[];
  cwd: string;
  timeoutSeconds: number;
  measureRss: boolean;
}

/** The last line /usr/bin/time wrote (it may first note a non-zero exit or a signal). */
function readUsage(file: string): { rssKb: number | null; cpuSeconds: number | null } {
  try {
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    const [kb, user, system] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
    const cpu = Math.round((user! + system!) * 100) / 100;
    return { rssKb: Number.isFinite(kb) ? kb! : null, cpuSeconds: Number.isFinite(cpu) ? cpu : null };
  } catch {
    return { rssKb: null, cpuSeconds: null };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

function rssFile(): string {
  return path.join(os.tmpdir(), `corevm-perf-rss-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
}

/** Spawns the command (wrapped in /usr/bin/time when measuring RSS) and waits for it. */
export function runProcess(request: RunRequest): Promise<ProcessResult> {
  const file = request.measureRss ? rssFile() : null;
  const argv = file === null ? request.argv : [GNU_TIME, '-f', '%M %U %S', '-o', file, ...request.argv];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(argv[0]!, argv.slice(1), { cwd: request.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) live.add(child.pid);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, request.timeoutSeconds * 1000);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (status, signal) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      clearTimeout(timer);
      if (child.pid !== undefined) live.delete(child.pid);
      resolve({
        status,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        seconds,
        ...(file === null ? { rssKb: null, cpuSeconds: null } : readUsage(file)),
        timedOut,
      });
    });
  });
}

/** SIGKILL to the child's process group, so a wrapped grandchild dies too. */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

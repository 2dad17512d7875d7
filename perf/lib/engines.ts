// The engines perf/harness compares: corevm's interpreter and JIT configurations (through the
// compiled CLI), CPython, PyPy and the hand-written JavaScript twins. Detection happens once
// at start-up; an engine that is missing is reported, never silently skipped.

import { spawnSync } from 'node:child_process';

export type EngineId = 'interp' | 'jit' | 'cpython' | 'pypy' | 'js';

export interface Engine {
  id: EngineId;
  /** One line for the report header: what runs, or why it does not. */
  description: string;
  available: boolean;
  /** Runs the steady-state driver (perf/steady.py) too. */
  steady: boolean;
  /** argv that runs FILE (a .py, or a .js twin for the js engine) with the given size args. */
  command(file: string, args: string[]): string[];
}

export interface EngineSetup {
  /** The corevm CLI to run (a snapshot of dist/, see build-snapshot.ts). */
  cli: string;
  /** How the report names that CLI. */
  cliLabel: string;
}

/** The real interpreter behind a name on PATH (skips pyenv's bash shims), or null. */
function resolvePython(name: string): { exe: string; version: string } | null {
  const probe = spawnSync(name, ['-c', 'import sys; print(sys.executable); print(sys.version.split()[0])'], { encoding: 'utf8' });
  if (probe.status !== 0 || probe.error) return null;
  const [exe, version] = probe.stdout.trim().split('\n');
  return exe && version ? { exe, version } : null;
}

function corevmEngines(setup: EngineSetup): Engine[] {
  const cliRel = setup.cliLabel;
  const node = [process.execPath, '--stack-size=7000', setup.cli, 'run'];
  const interp: Engine = {
    id: 'interp',
    description: `${cliRel} run --no-jit FILE (the interpreter, tier 0)`,
    available: true,
    steady: true,
    command: (file, args) => [...node, '--no-jit', file, ...args],
  };
  const jitEngine: Engine = {
    id: 'jit',
    description: `${cliRel} run FILE (the default: the JIT tiers up hot functions and generators and enters hot loops on-stack)`,
    available: true,
    steady: true,
    command: (file, args) => [...node, file, ...args],
  };
  return [interp, jitEngine];
}

function pythonEngine(id: 'cpython' | 'pypy', name: string): Engine {
  const found = resolvePython(name);
  return {
    id,
    description: found ? `${found.exe} FILE (${name} ${found.version}, resolved once past any shim)` : `${name}: not installed`,
    available: found !== null,
    steady: true,
    command: (file, args) => [found?.exe ?? name, file, ...args],
  };
}

function jsEngine(): Engine {
  return {
    id: 'js',
    description: `node perf/js/NAME.js (Node ${process.version}), for programs with a hand-written twin`,
    available: true,
    steady: false,
    command: (file, args) => [process.execPath, file, ...args],
  };
}

/** Every engine in report order, available or not. */
export function detectEngines(setup: EngineSetup): Engine[] {
  return [...corevmEngines(setup), pythonEngine('cpython', 'python3'), pythonEngine('pypy', 'pypy3'), jsEngine()];
}

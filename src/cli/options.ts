// The one options table of the `corevm` command (ARCHITECTURE.md §9): each entry's name,
// kind, default and help text generate both `--help` and the parsed options object.

import { DEFAULT_JIT_THRESHOLD, DEFAULT_OSR_THRESHOLD } from '../vm.js';

export interface OptionSpec {
  readonly name: string;
  readonly kind: 'flag' | 'int' | 'string';
  readonly default: boolean | number | string | null;
  readonly help: string;
}

export const OPTIONS: readonly OptionSpec[] = [
  { name: 'jit', kind: 'flag', default: false, help: 'run with the JIT (the default; tiers up hot functions, generators and loops)' },
  { name: 'no-jit', kind: 'flag', default: false, help: 'run everything in the interpreter (tier 0); wins over --jit and --jit-eager' },
  { name: 'jit-eager', kind: 'flag', default: false, help: 'compile every function on its first call' },
  { name: 'jit-threshold', kind: 'int', default: DEFAULT_JIT_THRESHOLD, help: 'calls before a function is compiled (resumes, for a generator)' },
  { name: 'osr-threshold', kind: 'int', default: DEFAULT_OSR_THRESHOLD, help: 'loop back-edges in a function before its hot loop is compiled and entered on-stack' },
  { name: 'print-jit', kind: 'flag', default: false, help: 'print the JavaScript of each compilation to stderr (comments map it to pc and line)' },
  { name: 'dump-jit', kind: 'string', default: null, help: 'write the JavaScript of each compilation to a .js file in this directory' },
  { name: 'trace-jit', kind: 'flag', default: false, help: 'one line on stderr per compile or bail-out' },
  { name: 'trace-deopt', kind: 'flag', default: false, help: 'one line on stderr per deoptimization (exit from compiled code)' },
  { name: 'trace-osr', kind: 'flag', default: false, help: 'one line on stderr per entry into a compiled loop' },
  { name: 'jit-stats', kind: 'flag', default: false, help: 'print the JIT counters (compiled, failed, deopts, compile time) at exit' },
  { name: 'deopt-stress', kind: 'flag', default: false, help: 'make every speculation guard of compiled code fail once (exercises every exit)' },
  { name: 'jit-verify', kind: 'flag', default: false, help: 're-parse generated JavaScript with acorn before compiling it' },
  { name: 'print-bytecode', kind: 'flag', default: false, help: 'print the disassembly of the program before running it' },
  { name: 'recursion-limit', kind: 'int', default: 1000, help: 'initial guest recursion limit (sys.setrecursionlimit)' },
  { name: 'step-budget', kind: 'int', default: 0, help: 'stop after this many calls and loop back-edges (0 = no limit)' },
  { name: 'compare', kind: 'flag', default: false, help: 'run the program in each tier and report the times side by side' },
  { name: 'output', kind: 'string', default: null, help: 'output file of `compile` and `asm` (also -o)' },
  { name: 'help', kind: 'flag', default: false, help: 'show this help' },
];

export type Options = Record<string, boolean | number | string | null>;

export class UsageError extends Error {
  override name = 'UsageError';
}

export function defaultOptions(): Options {
  return Object.fromEntries(OPTIONS.map((o) => [o.name, o.default]));
}

/** Parses argv into options and positional words; options stop at the program file for `run`. */
export function parseArgs(argv: readonly string[]): { options: Options; words: string[] } {
  const options = defaultOptions();
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (words.length >= 2 && words[0] === 'run') {
      words.push(arg); // program arguments go to sys.argv untouched
      continue;
    }
    if (arg === '-o') {
      if (i + 1 >= argv.length) throw new UsageError('-o needs a file name');
      options['output'] = argv[++i]!;
      continue;
    }
    if (arg === '-h') {
      options['help'] = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const [name, value] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const spec = OPTIONS.find((o) => o.name === name);
    if (!spec) throw new UsageError(`unknown option --${name}`);
    options[name] = parseValue(spec, value);
  }
  return { options, words };
}

function parseValue(spec: OptionSpec, value: string | undefined): boolean | number | string {
  if (spec.kind === 'flag') {
    if (value !== undefined) throw new UsageError(`--${spec.name} takes no value`);
    return true;
  }
  if (value === undefined || value === '') throw new UsageError(`--${spec.name} needs a value (--${spec.name}=…)`);
  if (spec.kind === 'int') {
    if (!/^\d+$/.test(value)) throw new UsageError(`--${spec.name} expects a non-negative integer, got '${value}'`);
    return Number(value);
  }
  return value;
}

export function helpText(): string {
  const lines = [
    'usage: corevm <command> [options] FILE [args...]',
    '',
    'commands:',
    '  run FILE [args...]     run a Python program (.py), a module (.cvm) or assembly (.cvmasm)',
    '  compile FILE.py -o OUT.cvm   compile a Python program to a bytecode module',
    '  asm FILE.cvmasm -o OUT.cvm   assemble a text assembly file',
    '  disasm FILE            print the bytecode of a .py, .cvm or .cvmasm file',
    '',
    'options:',
  ];
  for (const o of OPTIONS) {
    const left = o.kind === 'flag' ? `--${o.name}` : `--${o.name}=${o.kind === 'int' ? 'N' : 'VALUE'}`;
    const dflt = o.kind !== 'flag' && o.default !== null ? ` (default ${o.default})` : '';
    lines.push(`  ${left.padEnd(22)} ${o.help}${dflt}`);
  }
  lines.push('', 'exit status: 0 success, 1 uncaught guest exception, 2 usage, compile or bytecode error');
  return lines.join('\n') + '\n';
}

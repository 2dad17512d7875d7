// Formats an uncaught guest exception the way CPython 3.11 prints it: the chain of causes
// and contexts, then "Traceback (most recent call last):", one File line per frame with its
// source line, and the final "Type: message". Used by the CLI and the embedder API.

import { PyBaseException } from './objects.js';
import { dirOf } from './builtins/core-types.js';
import { closestName } from './suggestions.js';
import { E, isSubtype } from './types.js';
import { repr, str } from './protocols.js';
import { PyList, PyTuple } from './values.js';
import type { PyType } from './type-object.js';

export type SourceLines = (filename: string) => string[] | null;

function qualifiedName(type: PyType): string {
  return type.module === 'builtins' || type.module === '__main__' ? type.qualname : `${type.module}.${type.qualname}`;
}

/** "Type: message", or just "Type" for an empty message (traceback.format_exception_only). */
export function exceptionLine(exc: PyBaseException): string {
  let message: string;
  try {
    message = str(exc);
  } catch {
    message = '<exception str() failed>';
  }
  const name = qualifiedName(exc.type);
  const line = message === '' ? name : `${name}: ${message}`;
  const suggestion = suggest(exc);
  return suggestion === null ? line : `${line}. Did you mean: '${suggestion}'?`;
}

/** CPython 3.11 appends a near-miss name to uncaught AttributeError and NameError. */
function suggest(exc: PyBaseException): string | null {
  const name = exc.attrs?.['name'];
  if (typeof name !== 'string') return null;
  try {
    if (isSubtype(exc.type, E['AttributeError']!) && exc.attrs!['obj'] !== undefined) {
      return closestName(dirOf(exc.attrs!['obj']!), name);
    }
    if (isSubtype(exc.type, E['NameError']!) && exc.nameScope !== null) {
      const scope = exc.nameScope;
      const keys = (d: typeof scope.globals): string[] => d.table.liveKeys().filter((k): k is string => typeof k === 'string').sort();
      return closestName([...scope.locals].sort(), name) ?? closestName(keys(scope.globals), name) ?? closestName(keys(scope.builtins), name);
    }
  } catch {
    return null;
  }
  return null;
}

/** Identical consecutive lines after this many are summarized (traceback.py). */
const RECURSIVE_CUTOFF = 3;

function formatOne(exc: PyBaseException, source: SourceLines): string {
  let out = '';
  if (exc.traceback.length > 0) {
    out += 'Traceback (most recent call last):\n';
    let previous = '';
    let repeats = 0;
    const flushRepeats = (): void => {
      if (repeats > RECURSIVE_CUTOFF) {
        const more = repeats - RECURSIVE_CUTOFF;
        out += `  [Previous line repeated ${more} more time${more === 1 ? '' : 's'}]\n`;
      }
    };
    for (let i = exc.traceback.length - 1; i >= 0; i--) {
      const entry = exc.traceback[i]!;
      const header = `  File "${entry.code.filename}", line ${entry.line}, in ${entry.code.name}\n`;
      if (header === previous) {
        if (++repeats > RECURSIVE_CUTOFF) continue;
      } else {
        flushRepeats();
        previous = header;
        repeats = 1;
      }
      out += header;
      const text = source(entry.code.filename)?.[entry.line - 1]?.trim();
      if (text) out += `    ${text}\n`;
    }
    flushRepeats();
  }
  if (exc.syntaxDetail !== null) return out + exc.syntaxDetail;
  return out + exceptionLine(exc) + '\n' + formatNotes(exc);
}

/** The exception's __notes__ (BaseException.add_note, PEP 678), one per line after it. */
function formatNotes(exc: PyBaseException): string {
  const notes = exc.attrs?.['__notes__'];
  if (notes === undefined) return '';
  if (!(notes instanceof PyList) && !(notes instanceof PyTuple)) return `${safeText(() => repr(notes))}\n`;
  return notes.items.map((note) => `${typeof note === 'string' ? note : safeText(() => str(note))}\n`).join('');
}

function safeText(text: () => string): string {
  try {
    return text();
  } catch {
    return '<note str() failed>';
  }
}

/** The full text CPython prints to stderr for an uncaught exception. */
export function formatException(exc: PyBaseException, source: SourceLines): string {
  const seen = new Set<PyBaseException>();
  const chain: string[] = [];
  let current: PyBaseException | null = exc;
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    chain.unshift(formatOne(current, source));
    if (current.cause !== null) {
      chain.unshift('\nThe above exception was the direct cause of the following exception:\n\n');
      current = current.cause;
    } else if (current.context !== null && !current.suppressContext) {
      chain.unshift('\nDuring handling of the above exception, another exception occurred:\n\n');
      current = current.context;
    } else {
      current = null;
    }
  }
  return chain.join('');
}

// Regenerates test/programs/known-failures.json: runs the whole corpus and records, for each
// program that does not yet match CPython, the first observed difference as its reason.
// Run with `npm run corpus:known-failures` after a change, and review the diff.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, describeMismatch } from '../support/corpus.js';
const failures: Record<string, string> = {};
let total = 0;
for (const area of fs.readdirSync(ROOT).sort()) {
  const dir = path.join(ROOT, area);
  if (!fs.statSync(dir).isDirectory()) continue;
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.py') || !fs.existsSync(path.join(dir, name.replace(/\.py$/, '.expected.json')))) continue;
    total++;
    const program = `${area}/${name}`;
    const mismatch = describeMismatch(program);
    if (mismatch !== null) failures[program] = mismatch.slice(0, 300);
  }
}
fs.writeFileSync(path.join(ROOT, 'known-failures.json'), JSON.stringify(failures, null, 2) + '\n');
process.stdout.write(`${total - Object.keys(failures).length} of ${total} programs pass; ${Object.keys(failures).length} listed in known-failures.json\n`);

// Coverage by PYTHON.md item: how many items have every one of their programs passing.
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as Record<string, { programs?: string[] }>;
const items = Object.entries(manifest).filter(([id]) => !id.startsWith('_'));
const complete = items.filter(([, item]) => (item.programs ?? []).length > 0 && item.programs!.every((p) => failures[p] === undefined));
process.stdout.write(`${complete.length} of ${items.length} PYTHON.md items have all their programs passing\n`);

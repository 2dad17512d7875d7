// Which PYTHON.md items the corpus covers (test/programs/manifest.json maps each item to the
// programs exercising it). A required item without a program, a manifest entry naming a
// missing file, or a program no item claims fails here, so a gap in coverage is visible.

import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, listPrograms } from './support/corpus.js';

interface Item {
  doc: string;
  programs: string[];
  optional?: boolean;
}

function loadManifest(): { items: Map<string, Item>; helpers: string[] } {
  const raw = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const items = new Map<string, Item>();
  for (const [id, value] of Object.entries(raw)) if (!id.startsWith('_')) items.set(id, value as Item);
  return { items, helpers: (raw['_helpers'] as string[] | undefined) ?? [] };
}

describe('corpus coverage of PYTHON.md', () => {
  const { items, helpers } = loadManifest();
  const programs = listPrograms();

  it('has an item for every area of PYTHON.md', () => {
    const areas = new Set([...items.keys()].map((id) => id.split('.')[0]));
    for (const area of ['lang', 'builtin', 'type', 'module', 'exc']) expect(areas, `area ${area}`).to.include(area);
  });

  it('covers every required item with at least one program', () => {
    const uncovered = [...items].filter(([, item]) => !item.optional && item.programs.length === 0).map(([id]) => id);
    expect(uncovered).to.deep.equal([]);
  });

  it('names only programs that exist', () => {
    const missing = [...items.values()].flatMap((item) => item.programs).filter((p) => !fs.existsSync(path.join(ROOT, p)));
    expect([...new Set(missing)]).to.deep.equal([]);
  });

  it('claims every recorded program for some item', () => {
    const claimed = new Set([...items.values()].flatMap((item) => item.programs));
    const unclaimed = programs.filter((p) => !claimed.has(p) && !helpers.includes(p));
    expect(unclaimed).to.deep.equal([]);
  });
});

// Architecture rules that code review alone would miss (ARCHITECTURE.md §2): the two tiers
// never import each other, and only the composition root wires them together.

import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';

function tsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

/** Files under `from` that import anything under `forbidden` (resolved paths). */
function violations(from: string, forbidden: string): string[] {
  const bad: string[] = [];
  for (const file of tsFiles(from)) {
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), spec);
      if (target.startsWith(path.resolve(forbidden) + path.sep)) bad.push(`${file} imports ${spec}`);
    }
  }
  return bad;
}

describe('architecture', () => {
  it('has an interpreter/ to check', () => {
    expect(tsFiles('interpreter').length).to.be.greaterThan(0);
  });

  it('interpreter/ does not import jit/', () => {
    expect(violations('interpreter', 'jit')).to.deep.equal([]);
  });

  it('jit/ does not import interpreter/', () => {
    expect(violations('jit', 'interpreter')).to.deep.equal([]);
  });

  it('src/ imports the tiers only from the composition root (src/vm.ts)', () => {
    const offenders = [...violations('src', 'interpreter'), ...violations('src', 'jit')].filter((v) => !v.startsWith(path.join('src', 'vm.ts')));
    expect(offenders).to.deep.equal([]);
  });

  it('the rule checker sees a violation when one exists', () => {
    const dir = fs.mkdtempSync(path.join(process.cwd(), 'dist', 'arch-'));
    fs.mkdirSync(path.join(dir, 'a'));
    fs.mkdirSync(path.join(dir, 'b'));
    fs.writeFileSync(path.join(dir, 'a', 'x.ts'), "import { y } from '../b/y.js';\n");
    try {
      expect(violations(path.join(dir, 'a'), path.join(dir, 'b'))).to.have.length(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

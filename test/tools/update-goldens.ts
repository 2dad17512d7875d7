// Regenerates test/golden/bytecode/*.cvmasm and test/golden/jit/*.js (--print-jit) from the
// .py sources beside them (`npm run golden:update`). Review the diff before committing it.

import * as fs from 'node:fs';
import { JIT_GOLDEN_DIR, goldenCases, renderGolden, renderJitGolden } from '../support/golden.js';

const cases = [
  ...goldenCases().map((source) => ({ source, target: source.replace(/\.py$/, '.cvmasm'), render: renderGolden })),
  ...goldenCases(JIT_GOLDEN_DIR).map((source) => ({ source, target: source.replace(/\.py$/, '.js'), render: renderJitGolden })),
];
for (const { source, target, render } of cases) {
  const text = render(source);
  const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
  fs.writeFileSync(target, text);
  process.stdout.write(`${before === text ? 'unchanged' : 'updated  '} ${target}\n`);
}

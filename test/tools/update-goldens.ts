// Regenerates test/golden/bytecode/*.cvmasm from the .py sources beside them
// (`npm run golden:update`). Review the diff before committing it.

import * as fs from 'node:fs';
import { goldenCases, renderGolden } from '../support/golden.js';

for (const source of goldenCases()) {
  const target = source.replace(/\.py$/, '.cvmasm');
  const text = renderGolden(source);
  const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
  fs.writeFileSync(target, text);
  process.stdout.write(`${before === text ? 'unchanged' : 'updated  '} ${target}\n`);
}

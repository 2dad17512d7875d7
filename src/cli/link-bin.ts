// Run by `npm install` (the prepare script) after building: links node_modules/.bin/corevm
// to the bundled CLI (dist/corevm.mjs: one file, so start-up reads and compiles one module
// instead of about a hundred), so `npx corevm` runs this checkout's build. npm links the bins of
// dependencies only, and package.json deliberately declares no `bin`: with one, npm 11's npx
// tries to install the project into its own cache and fails ("Could not read package.json").

import * as fs from 'node:fs';
import * as path from 'node:path';

const root = process.cwd();
const target = path.join(root, 'dist', 'corevm.mjs');
const binDir = path.join(root, 'node_modules', '.bin');
const link = path.join(binDir, 'corevm');

fs.chmodSync(target, 0o755);
fs.mkdirSync(binDir, { recursive: true });
fs.rmSync(link, { force: true });
fs.symlinkSync(path.relative(binDir, target), link);

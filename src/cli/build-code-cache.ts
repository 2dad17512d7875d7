// Run by `npm run build` after bundling: records dist/corevm.cjs.cache, the V8 code cache that
// dist/corevm.mjs (launch.ts) loads the bundled CLI with. The cache is taken at the end of one
// run of a small training program that touches what most runs touch (the tokenizer, parser and
// compiler, the builtins, classes, strings, formatting, exceptions, generators, and a hot loop
// and a hot function so the JIT's code generator is included), so start-up deserializes those
// functions instead of compiling them.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const TRAINING = `import math
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y:.2f})"

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


def squares(n):
    for i in range(n):
        yield i * i


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        return str(e)


def main():
    total = 0
    for i in range(3000):
        total += i % 7
    points = [Point(i, i / 3) for i in range(300)]
    words = {}
    for w in "the quick brown fox jumps over the lazy dog the end".split():
        words[w] = words.get(w, 0) + 1
    print(total, sum(squares(10)), points[4], round(points[5].norm(), 3))
    print(sorted(words.items())[:3], parse("12"), parse("x"), "%5.1f|%-4s|" % (2.25, "ab"))
    print(", ".join(str(x) for x in (1, 2.5, None, True, "s", (1,), [2], {3: 4})), sys.argv[1:])


main()
`;

const root = process.cwd();
const bundle = path.join(root, 'dist', 'corevm.cjs');
const cache = `${bundle}.cache`;
fs.rmSync(cache, { force: true });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corevm-code-cache-'));
try {
  const program = path.join(dir, 'training.py');
  fs.writeFileSync(program, TRAINING);
  const run = spawnSync(process.execPath, ['--stack-size=7000', path.join(root, 'dist', 'corevm.mjs'), 'run', program, 'arg'], {
    encoding: 'utf8',
    env: { ...process.env, COREVM_RECORD_CODE_CACHE: cache },
  });
  if (run.status !== 0 || !fs.existsSync(cache)) {
    // Not fatal: the CLI works without the cache, only its start-up is slower.
    process.stderr.write(`build-code-cache: the training run failed (exit ${run.status}); no code cache\n${run.stderr}`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

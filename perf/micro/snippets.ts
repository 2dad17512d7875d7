// The Python snippets of the micro benchmarks (perf/micro/run.ts): each defines run(n), whose
// loop repeats one kind of operation n times, and names the value run(LOOP) returns under
// CPython 3.11, so a snippet that corevm gets wrong is reported instead of timed.

export const LOOP = 10000;

export interface Snippet {
  name: string;
  source: string;
  /** print(run(LOOP)) under CPython. */
  expected: string;
}

export const SNIPPETS: readonly Snippet[] = [
  {
    name: 'dispatch (int arithmetic in a while loop)',
    expected: '49995000',
    source: `
def run(n):
    total = 0
    i = 0
    while i < n:
        total = total + (i & 7) * 2 - (i & 7) + (i - (i & 7))
        i = i + 1
    return total
`,
  },
  {
    name: 'calls (module-level function, 2 args)',
    expected: '49995000',
    source: `
def add(a, b):
    return a + b

def run(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    return total
`,
  },
  {
    name: 'attribute loads (instance fields)',
    expected: '70000',
    source: `
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def run(n):
    p = Point(3, 4)
    total = 0
    for i in range(n):
        total += p.x + p.y
    return total
`,
  },
  {
    name: 'method calls (bound method, 1 arg)',
    expected: '10000',
    source: `
class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, k):
        self.count += k
        return self.count

def run(n):
    c = Counter()
    for i in range(n):
        c.bump(1)
    return c.count
`,
  },
  {
    name: 'allocation (small instances)',
    expected: '9999',
    source: `
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

def run(n):
    last = None
    for i in range(n):
        last = Pair(i, i)
    return last.a
`,
  },
  {
    name: 'dict get/set (str keys)',
    expected: '64 157',
    source: `
KEYS = ["key%d" % k for k in range(64)]

def run(n):
    d = {}
    for i in range(n):
        k = KEYS[i & 63]
        d[k] = d.get(k, 0) + 1
    return "%d %d" % (len(d), d["key5"])
`,
  },
];

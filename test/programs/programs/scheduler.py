# covers: program.scheduler
"""A priority-queue task scheduler with a hand-written binary heap and generator tasks."""

class Heap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        self.items.append(item)
        self._up(len(self.items) - 1)

    def pop(self):
        items = self.items
        if not items:
            raise IndexError("pop from empty heap")
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        self._down(0)
        return top

    def _up(self, i):
        items = self.items
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def _down(self, i):
        items = self.items
        n = len(items)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and items[child] < items[smallest]:
                    smallest = child
            if smallest == i:
                return
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest


class Task:
    counter = 0

    def __init__(self, name, priority, gen):
        Task.counter += 1
        self.seq = Task.counter
        self.name, self.priority, self.gen = name, priority, gen
        self.steps = 0

    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)

    def __repr__(self):
        return f"<{self.name} p={self.priority}>"


class Scheduler:
    def __init__(self):
        self.ready = Heap()
        self.clock = 0
        self.log = []
        self.results = {}

    def spawn(self, name, priority, gen):
        self.ready.push(Task(name, priority, gen))

    def run(self, max_ticks=100):
        while self.ready and self.clock < max_ticks:
            task = self.ready.pop()
            self.clock += 1
            try:
                request = next(task.gen)
            except StopIteration as stop:
                self.results[task.name] = stop.value
                self.log.append(f"t{self.clock:02d} {task.name} finished -> {stop.value!r}")
                continue
            except Exception as e:
                self.log.append(f"t{self.clock:02d} {task.name} crashed: {type(e).__name__}: {e}")
                continue
            task.steps += 1
            if request == "yield":
                task.seq = Task.counter = Task.counter + 1
            elif isinstance(request, tuple) and request[0] == "nice":
                task.priority += request[1]
                task.seq = Task.counter = Task.counter + 1
            self.log.append(f"t{self.clock:02d} {task.name} step {task.steps} ({request})")
            self.ready.push(task)


def counter(n):
    total = 0
    for i in range(n):
        total += i
        yield "yield"
    return total


def nice_worker():
    yield ("nice", 5)
    yield "yield"
    return "was nice"


def crasher():
    yield "yield"
    raise ValueError("bad state")


h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)

s = Scheduler()
s.spawn("alpha", 1, counter(3))
s.spawn("beta", 2, counter(2))
s.spawn("nice", 0, nice_worker())
s.spawn("crash", 1, crasher())
s.run()
for line in s.log:
    print(line)
print(s.results, s.clock)

# covers: program.lru
"""An LRU cache implemented with a dict and a doubly linked list, cross-checked with OrderedDict."""
from collections import OrderedDict
import random


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return None
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
            evicted = lru.key
        else:
            evicted = None
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)
        return evicted

    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self.keys())
        return f"LRUCache({self.capacity}, {{{items}}})"


class ReferenceLRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.od = OrderedDict()

    def get(self, key, default=None):
        if key not in self.od:
            return default
        self.od.move_to_end(key)
        return self.od[key]

    def put(self, key, value):
        if key in self.od:
            self.od[key] = value
            self.od.move_to_end(key)
            return None
        evicted = None
        if len(self.od) >= self.capacity:
            evicted, _ = self.od.popitem(last=False)
        self.od[key] = value
        return evicted

    def keys(self):
        return list(reversed(self.od))


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c, len(c))
print(c.get("a"), c.get("zz", "miss"), c)
print("evicted:", c.put("d", 4), c)
c.put("c", 30)
print(c, "b" in c, "c" in c)
print("evicted:", c.put("e", 5), c.keys())
print("hits", c.hits, "misses", c.misses, "evictions", c.evictions)

random.seed(77)
mine, ref = LRUCache(5), ReferenceLRU(5)
mismatches = 0
for step in range(2000):
    key = random.randrange(12)
    if random.random() < 0.5:
        if mine.get(key) != ref.get(key):
            mismatches += 1
    else:
        if mine.put(key, step) != ref.put(key, step):
            mismatches += 1
    if mine.keys() != ref.keys():
        mismatches += 1
print("mismatches:", mismatches, "| final order:", mine.keys())
print("stats:", mine.hits, mine.misses, mine.evictions)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)


def memoize(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        def wrapper(n):
            hit = cache.get(n, wrapper)
            if hit is not wrapper:
                return hit
            value = fn(n)
            cache.put(n, value)
            return value
        wrapper.cache = cache
        return wrapper
    return deco


@memoize(64)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), len(fib.cache), fib.cache.hits, fib.cache.misses)

# covers: lang.class.basic, dunder.compare, dunder.len, dunder.bool, lang.func.recursion, type.str.join
# Huffman coding by hand: a binary heap on a list, tree building, encode/decode round trip.
from collections import Counter
import itertools

class Node:
    _ids = itertools.count()
    def __init__(self, weight, sym=None, left=None, right=None):
        self.weight = weight
        self.sym = sym
        self.left, self.right = left, right
        self.order = next(Node._ids)
    def __lt__(self, other):
        return (self.weight, self.order) < (other.weight, other.order)
    def is_leaf(self):
        return self.sym is not None
    def __repr__(self):
        return f"Node({self.weight}, {self.sym!r})" if self.is_leaf() else f"Node({self.weight})"

class PQ:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        i = len(self.items) - 1
        while i > 0:
            p = (i - 1) // 2
            if self.items[i] < self.items[p]:
                self.items[i], self.items[p] = self.items[p], self.items[i]
                i = p
            else:
                break
    def pop(self):
        items = self.items
        top = items[0]
        last = items.pop()
        if items:
            items[0] = last
            i, n = 0, len(items)
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < n and items[l] < items[m]:
                    m = l
                if r < n and items[r] < items[m]:
                    m = r
                if m == i:
                    break
                items[i], items[m] = items[m], items[i]
                i = m
        return top
    def __len__(self):
        return len(self.items)
    def __bool__(self):
        return bool(self.items)

def build(text):
    freq = Counter(text)
    pq = PQ()
    for sym, w in sorted(freq.items()):
        pq.push(Node(w, sym))
    while len(pq) > 1:
        a, b = pq.pop(), pq.pop()
        pq.push(Node(a.weight + b.weight, None, a, b))
    return pq.pop(), freq

def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    if node.is_leaf():
        table[node.sym] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table

def encode(text, table):
    return "".join(table[c] for c in text)

def decode(bits, root):
    out = []
    node = root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.is_leaf():
            out.append(node.sym)
            node = root
    return "".join(out)

text = "this is an example of a huffman tree, built by hand with a binary heap! " * 3
root, freq = build(text)
table = codes(root)
for sym in sorted(table, key=lambda s: (len(table[s]), s)):
    print(f"{sym!r:5} {freq[sym]:3d} {table[sym]}")
bits = encode(text, table)
print(len(text) * 8, len(bits), f"{len(bits) / (len(text) * 8):.2%}")
assert decode(bits, root) == text
print(decode(bits[:60], root))
packed = int(bits, 2)
print(hex(packed)[:40], packed.bit_length(), len(bits))
pq = PQ()
import random
random.seed(5)
nums = [random.randint(0, 1000) for _ in range(2000)]
for n in nums:
    pq.push(n)
out = [pq.pop() for _ in range(len(pq))]
print(out == sorted(nums), out[:10], out[-5:])
print(repr(root), root.left, sorted(freq.most_common(3)))

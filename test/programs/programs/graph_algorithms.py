# covers: program.graphs
"""Graph algorithms: BFS, DFS, Dijkstra with a hand-written heap, topological sort, components."""
from collections import deque, defaultdict


class MinHeap:
    def __init__(self):
        self.a = []

    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            p = (i - 1) // 2
            a[p], a[i] = a[i], a[p]
            i = p

    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

    def __bool__(self):
        return bool(self.a)


class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]

    def bfs(self, start):
        order, seen, q = [], {start}, deque([start])
        while q:
            u = q.popleft()
            order.append(u)
            for v in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        return order

    def dfs(self, start, seen=None):
        seen = set() if seen is None else seen
        seen.add(start)
        out = [start]
        for v in sorted(self.adj[start]):
            if v not in seen:
                out.extend(self.dfs(v, seen))
        return out

    def dijkstra(self, src):
        dist, prev = {src: 0}, {}
        heap = MinHeap()
        heap.push((0, src))
        while heap:
            d, u = heap.pop()
            if d > dist[u]:
                continue
            for v, w in self.adj[u].items():
                nd = d + w
                if v not in dist or nd < dist[v]:
                    dist[v], prev[v] = nd, u
                    heap.push((nd, v))
        return dist, prev

    def path(self, prev, src, dst):
        if dst != src and dst not in prev:
            return None
        out = [dst]
        while out[-1] != src:
            out.append(prev[out[-1]])
        return out[::-1]

    def toposort(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        ready = sorted(u for u, d in indeg.items() if d == 0)
        order = []
        while ready:
            u = ready.pop(0)
            order.append(u)
            for v in sorted(self.adj[u]):
                indeg[v] -= 1
                if indeg[v] == 0:
                    ready.append(v)
                    ready.sort()
        if len(order) != len(indeg):
            raise ValueError("graph has a cycle")
        return order

    def components(self):
        seen, comps = set(), []
        for u in sorted(self.adj):
            if u not in seen:
                comp = self.dfs(u, seen)
                comps.append(sorted(comp))
        return comps


roads = Graph()
for u, v, w in [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
                ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("X", "Y", 1)]:
    roads.add_edge(u, v, w)
print("bfs:", roads.bfs("A"))
print("dfs:", roads.dfs("A"))
dist, prev = roads.dijkstra("A")
print("dist:", dict(sorted(dist.items())))
for target in "DEFX":
    print(target, roads.path(prev, "A", target))
print("components:", roads.components())

courses = Graph(directed=True)
for pre, course in [("intro", "data"), ("intro", "algo"), ("data", "db"), ("algo", "ml"),
                    ("math", "ml"), ("db", "capstone"), ("ml", "capstone")]:
    courses.add_edge(pre, course)
print("topo:", courses.toposort())
courses.add_edge("capstone", "intro")
try:
    courses.toposort()
except ValueError as e:
    print("ValueError:", e)
h = MinHeap()
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    h.push(x)
print([h.pop() for _ in range(8)], bool(h))

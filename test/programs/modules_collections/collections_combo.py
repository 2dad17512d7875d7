# covers: module.collections.deque, module.collections.defaultdict, module.collections.Counter
from collections import deque, defaultdict, Counter
graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e")]:
    graph[a].append(b)
    graph[b].append(a)
def bfs(start):
    seen = {start: 0}
    q = deque([start])
    while q:
        node = q.popleft()
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                q.append(nxt)
    return seen
print(bfs("a"))
degree = Counter({node: len(adj) for node, adj in graph.items()})
print(degree.most_common(3))

# Shortest paths: a hand-written binary-heap priority queue (lists of tuples, no heapq)
# drives Dijkstra's algorithm over a generated weighted graph (adjacency lists of tuples);
# paths are rebuilt from predecessor dicts. Prints distances, path lengths and checksums.
import sys

DEFAULT_N = 20000


class PriorityQueue:
    def __init__(self):
        self.heap = []

    def __len__(self):
        return len(self.heap)

    def push(self, item):
        heap = self.heap
        heap.append(item)
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) >> 1
            if heap[parent] <= item:
                break
            heap[i] = heap[parent]
            i = parent
        heap[i] = item

    def pop(self):
        heap = self.heap
        last = heap.pop()
        if not heap:
            return last
        top = heap[0]
        n = len(heap)
        i = 0
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            if child + 1 < n and heap[child + 1] < heap[child]:
                child += 1
            if last <= heap[child]:
                break
            heap[i] = heap[child]
            i = child
        heap[i] = last
        return top


def make_graph(n, seed):
    graph = [[] for _ in range(n)]
    x = seed
    for u in range(n):
        for k in range(4):
            x = (x * 48271) % 2147483647
            v = (u + 1 + x % 50) % n if k < 3 else x % n
            w = 1 + (x >> 8) % 100
            graph[u].append((v, w))
            graph[v].append((u, w + k))
    return graph


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    pq = PriorityQueue()
    pq.push((0, source))
    done = set()
    while pq:
        d, u = pq.pop()
        if u in done:
            continue
        done.add(u)
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, 1 << 60):
                dist[v] = nd
                prev[v] = u
                pq.push((nd, v))
    return dist, prev


def path(prev, source, target):
    out = [target]
    while out[-1] != source:
        out.append(prev[out[-1]])
    out.reverse()
    return out


def main(n):
    graph = make_graph(n, 12345)
    lines = []
    grand = 0
    for source in (0, n // 3, n // 2, n - 1):
        dist, prev = dijkstra(graph, source)
        far = max(dist, key=lambda v: (dist[v], -v))
        p = path(prev, source, far)
        total = sum(dist.values())
        grand += total
        lines.append('from %d: reached=%d farthest=%d dist=%d hops=%d sum=%d head=%s' % (
            source, len(dist), far, dist[far], len(p) - 1, total, p[:5]))
    lines.append('grand total: %d' % grand)
    return '\n'.join(lines)


if __name__ == '__main__':
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

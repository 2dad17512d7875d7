# Allocation-heavy: builds many complete binary trees of small objects, walks each one to
# count its nodes and throws it away, while one long-lived tree stays reachable. Prints the
# node counts per depth.
import sys

DEFAULT_N = 13


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def build(depth):
    if depth == 0:
        return Node(None, None)
    return Node(build(depth - 1), build(depth - 1))


def count(node):
    if node.left is None:
        return 1
    return 1 + count(node.left) + count(node.right)


def main(n):
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    lines = [f"stretch tree of depth {max_depth + 1}\t nodes: {count(build(max_depth + 1))}"]
    long_lived = build(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += count(build(depth))
        lines.append(f"{iterations}\t trees of depth {depth}\t nodes: {total}")
    lines.append(f"long lived tree of depth {max_depth}\t nodes: {count(long_lived)}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

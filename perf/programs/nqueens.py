# Backtracking with sets and generators: every placement of n queens on an n x n board,
# produced by a recursive generator that tracks attacked columns and diagonals in sets.
# Prints the number of solutions for each board size up to n and the first solution found.
import sys

DEFAULT_N = 11


def solutions(n, row, columns, diagonals, antidiagonals, placed):
    if row == n:
        yield tuple(placed)
        return
    for col in range(n):
        if col in columns or row - col in diagonals or row + col in antidiagonals:
            continue
        columns.add(col)
        diagonals.add(row - col)
        antidiagonals.add(row + col)
        placed.append(col)
        yield from solutions(n, row + 1, columns, diagonals, antidiagonals, placed)
        placed.pop()
        columns.remove(col)
        diagonals.remove(row - col)
        antidiagonals.remove(row + col)


def solve(n):
    return solutions(n, 0, set(), set(), set(), [])


def render(solution):
    n = len(solution)
    return "\n".join("".join("Q" if c == col else "." for c in range(n)) for col in solution)


def main(n):
    lines = []
    for size in range(4, n + 1):
        count = sum(1 for _ in solve(size))
        lines.append(f"{size:2d} queens: {count} solutions")
    lines.append(render(next(solve(n))))
    return "\n".join(lines)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

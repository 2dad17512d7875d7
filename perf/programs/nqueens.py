# Backtracking with sets and generators: every placement of n queens on an n x n board,
# produced by a recursive generator that tracks attacked columns and diagonals in sets;
# solutions equal up to rotation and reflection are merged through a set of canonical forms.
# A second, simpler solver checks each square against the placed queens with all() over a
# generator expression. Prints the counts for each board size up to n, whether the two
# solvers agree on size n - 1, and the first solution found for size n.
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


def scan_solutions(n, placed):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(c != col and abs(c - col) != row - r for r, c in enumerate(placed)):
            yield from scan_solutions(n, placed + (col,))


def solve(n):
    return solutions(n, 0, set(), set(), set(), [])


def rotate(solution):
    n = len(solution)
    rotated = [0] * n
    for row, col in enumerate(solution):
        rotated[col] = n - 1 - row
    return tuple(rotated)


def canonical(solution):
    n = len(solution)
    forms = []
    current = solution
    for _ in range(4):
        forms.append(current)
        forms.append(tuple(n - 1 - col for col in current))
        current = rotate(current)
    return min(forms)


def render(solution):
    n = len(solution)
    return "\n".join("".join("Q" if c == col else "." for c in range(n)) for col in solution)


def main(n):
    lines = []
    counts = {}
    for size in range(4, n + 1):
        count = 0
        unique = set()
        for solution in solve(size):
            count += 1
            unique.add(canonical(solution))
        counts[size] = count
        lines.append(f"{size:2d} queens: {count} solutions, {len(unique)} unique")
    scanned = sum(1 for _ in scan_solutions(n - 1, ()))
    agreement = "agrees" if scanned == counts.get(n - 1) else "DIFFERS"
    lines.append(f"second solver on {n - 1} queens: {scanned} solutions, {agreement}")
    lines.append(render(next(solve(n))))
    return "\n".join(lines)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

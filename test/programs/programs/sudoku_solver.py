# covers: program.sudoku
"""Sudoku: parse, validate, solve with constraint propagation plus backtracking."""

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

HARD = """
4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......
"""


def parse(text):
    digits = [c for c in text if c in "123456789."]
    if len(digits) != 81:
        raise ValueError(f"expected 81 cells, got {len(digits)}")
    return [[0 if c == "." else int(c) for c in digits[r * 9:(r + 1) * 9]] for r in range(9)]


def show(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        cells = [str(v) if v else "." for v in row]
        lines.append(" | ".join(" ".join(cells[c:c + 3]) for c in (0, 3, 6)))
    return "\n".join(lines)


def candidates(grid, r, c):
    used = set(grid[r])
    used.update(grid[i][c] for i in range(9))
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used.update(grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3))
    return [d for d in range(1, 10) if d not in used]


def valid(grid):
    groups = [row for row in grid]
    groups += [[grid[r][c] for r in range(9)] for c in range(9)]
    groups += [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
               for br in (0, 3, 6) for bc in (0, 3, 6)]
    for g in groups:
        filled = [v for v in g if v]
        if len(filled) != len(set(filled)):
            return False
    return True


class Stats:
    def __init__(self):
        self.guesses = 0
        self.propagated = 0


def propagate(grid, stats):
    changed = True
    while changed:
        changed = False
        for r in range(9):
            for c in range(9):
                if grid[r][c] == 0:
                    cand = candidates(grid, r, c)
                    if not cand:
                        return False
                    if len(cand) == 1:
                        grid[r][c] = cand[0]
                        stats.propagated += 1
                        changed = True
    return True


def solve(grid, stats):
    if not propagate(grid, stats):
        return None
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cand = candidates(grid, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return grid
    r, c, cand = best
    for d in cand:
        stats.guesses += 1
        trial = [row[:] for row in grid]
        trial[r][c] = d
        result = solve(trial, stats)
        if result:
            return result
    return None


grid = parse(PUZZLE)
print(show(grid))
print("valid start:", valid(grid), "| blanks:", sum(row.count(0) for row in grid))
print("candidates at (0,2):", candidates(grid, 0, 2))
stats = Stats()
solution = solve([row[:] for row in grid], stats)
print(show(solution))
print("valid:", valid(solution), "| complete:", all(all(row) for row in solution))
print("propagated", stats.propagated, "guesses", stats.guesses)
print("row sums", [sum(row) for row in solution])
hard = parse(HARD)
stats2 = Stats()
sol2 = solve(hard, stats2)
print("".join(str(v) for row in sol2 for v in row))
print("valid:", valid(sol2), "| guesses > 0:", stats2.guesses > 0)
bad = [row[:] for row in grid]
bad[0][2] = 5
print("duplicate detected:", not valid(bad))
try:
    parse("123")
except ValueError as e:
    print("ValueError:", e)

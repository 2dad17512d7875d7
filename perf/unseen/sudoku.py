# A sudoku solver: constraint propagation with candidate sets (units and peers built as
# dicts of lists), plus depth-first search choosing the square with the fewest candidates.
# Solves a list of puzzles several times and prints each solution's first row and checks.
import sys

DEFAULT_N = 12

ROWS = 'ABCDEFGHI'
COLS = '123456789'
DIGITS = '123456789'


def cross(a, b):
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, COLS)
UNITLIST = ([cross(ROWS, c) for c in COLS] +
            [cross(r, COLS) for r in ROWS] +
            [cross(rs, cs) for rs in ('ABC', 'DEF', 'GHI') for cs in ('123', '456', '789')])
UNITS = dict((s, [u for u in UNITLIST if s in u]) for s in SQUARES)
PEERS = dict((s, set(sum(UNITS[s], [])) - {s}) for s in SQUARES)

PUZZLES = [
    '003020600900305001001806400008102900700000008006708200002609500800203009005010300',
    '4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......',
    '52...6.........7.13...........4..8..6......5...........418.........3..2...87.....',
    '6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....',
    '48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....',
    '....14....3....2...7..........9...3.6.1.............8.2.....1.4....5.6.....7.8...',
]


def assign(values, s, d):
    other = values[s].replace(d, '')
    for d2 in other:
        if not eliminate(values, s, d2):
            return False
    return values


def eliminate(values, s, d):
    if d not in values[s]:
        return values
    values[s] = values[s].replace(d, '')
    if len(values[s]) == 0:
        return False
    if len(values[s]) == 1:
        d2 = values[s]
        for s2 in PEERS[s]:
            if not eliminate(values, s2, d2):
                return False
    for u in UNITS[s]:
        places = [sq for sq in u if d in values[sq]]
        if not places:
            return False
        if len(places) == 1:
            if not assign(values, places[0], d):
                return False
    return values


def parse_grid(grid):
    values = dict((s, DIGITS) for s in SQUARES)
    chars = [c for c in grid if c in DIGITS or c in '0.']
    for s, d in zip(SQUARES, chars):
        if d in DIGITS and not assign(values, s, d):
            return False
    return values


def search(values, stats):
    if values is False:
        return False
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    stats[0] += 1
    n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in values[s]:
        result = search(assign(values.copy(), s, d), stats)
        if result:
            return result
    return False


def solved(values):
    def unitsolved(unit):
        return set(values[s] for s in unit) == set(DIGITS)
    return values is not False and all(unitsolved(unit) for unit in UNITLIST)


def main(n):
    lines = []
    total_nodes = 0
    for rep in range(n):
        for i, p in enumerate(PUZZLES):
            stats = [0]
            v = search(parse_grid(p), stats)
            total_nodes += stats[0]
            if rep == 0:
                row = ''.join(v[s] for s in cross('A', COLS))
                diag = ''.join(v[r + c] for r, c in zip(ROWS, COLS))
                lines.append('puzzle %d: solved=%s nodes=%d row A=%s diag=%s' % (
                    i, solved(v), stats[0], row, diag))
    lines.append('total search nodes: %d' % total_nodes)
    return '\n'.join(lines)


if __name__ == '__main__':
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

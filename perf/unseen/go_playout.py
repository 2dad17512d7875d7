# Go playouts: random games on a 9x9 board with captures, suicide and simple-ko rules,
# driven by a seeded LCG. Groups are found by flood fill with explicit stacks. Prints the
# score of each game and aggregate statistics.
import sys

DEFAULT_N = 60

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2


class Rng:
    def __init__(self, seed):
        self.s = seed

    def rand(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.s >> 33) % n


def neighbours_table():
    table = []
    for pos in range(SIZE * SIZE):
        r, c = divmod(pos, SIZE)
        ns = []
        if r > 0:
            ns.append(pos - SIZE)
        if r < SIZE - 1:
            ns.append(pos + SIZE)
        if c > 0:
            ns.append(pos - 1)
        if c < SIZE - 1:
            ns.append(pos + 1)
        table.append(tuple(ns))
    return table


NEIGH = neighbours_table()


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.ko = -1
        self.captured = {BLACK: 0, WHITE: 0}
        self.moves = 0

    def group(self, pos):
        color = self.cells[pos]
        stones = {pos}
        libs = set()
        stack = [pos]
        while stack:
            p = stack.pop()
            for q in NEIGH[p]:
                v = self.cells[q]
                if v == EMPTY:
                    libs.add(q)
                elif v == color and q not in stones:
                    stones.add(q)
                    stack.append(q)
        return stones, libs

    def legal(self, pos, color):
        if self.cells[pos] != EMPTY or pos == self.ko:
            return False
        other = 3 - color
        for q in NEIGH[pos]:
            if self.cells[q] == EMPTY:
                return True
        self.cells[pos] = color
        try:
            for q in NEIGH[pos]:
                v = self.cells[q]
                if v == other:
                    _, libs = self.group(q)
                    if not libs:
                        return True
                elif v == color:
                    _, libs = self.group(q)
                    if libs:
                        return True
            return False
        finally:
            self.cells[pos] = EMPTY

    def is_eye(self, pos, color):
        for q in NEIGH[pos]:
            if self.cells[q] != color:
                return False
        return True

    def play(self, pos, color):
        self.cells[pos] = color
        other = 3 - color
        removed = []
        for q in NEIGH[pos]:
            if self.cells[q] == other:
                stones, libs = self.group(q)
                if not libs:
                    for s in stones:
                        self.cells[s] = EMPTY
                        removed.append(s)
        self.captured[color] += len(removed)
        self.ko = removed[0] if len(removed) == 1 else -1
        self.moves += 1

    def score(self):
        black = white = 0
        for pos, v in enumerate(self.cells):
            if v == BLACK:
                black += 1
            elif v == WHITE:
                white += 1
            else:
                around = {self.cells[q] for q in NEIGH[pos]}
                if around == {BLACK}:
                    black += 1
                elif around == {WHITE}:
                    white += 1
        return black, white


def playout(rng, max_moves):
    board = Board()
    color = BLACK
    passes = 0
    while passes < 2 and board.moves < max_moves:
        empties = [p for p in range(SIZE * SIZE) if board.cells[p] == EMPTY]
        moved = False
        while empties:
            i = rng.rand(len(empties))
            pos = empties[i]
            empties[i] = empties[-1]
            empties.pop()
            if not board.is_eye(pos, color) and board.legal(pos, color):
                board.play(pos, color)
                moved = True
                break
        passes = 0 if moved else passes + 1
        color = 3 - color
    return board


def render(board):
    chars = ".XO"
    return "/".join("".join(chars[board.cells[r * SIZE + c]] for c in range(SIZE))
                    for r in range(SIZE))


def main(n):
    rng = Rng(2024)
    wins = {BLACK: 0, WHITE: 0, EMPTY: 0}
    lines = []
    total_moves = 0
    for g in range(n):
        board = playout(rng, 400)
        b, w = board.score()
        total_moves += board.moves
        winner = BLACK if b > w + 6 else WHITE if w + 6 > b else EMPTY
        wins[winner] += 1
        if g % 10 == 0:
            lines.append("game %d: moves=%d black=%d white=%d caps=%d/%d" % (
                g, board.moves, b, w, board.captured[BLACK], board.captured[WHITE]))
    lines.append("last board: " + render(board))
    lines.append("black wins %d, white wins %d, draws %d, avg moves %.2f" % (
        wins[BLACK], wins[WHITE], wins[EMPTY], total_moves / n))
    return "\n".join(lines)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

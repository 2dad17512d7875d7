# covers: program.sudoku, lang.func.recursion, lang.func.closure, lang.expr.listcomp, lang.expr.slice_step, lang.stmt.assign_slice
# Tic-tac-toe minimax, N-queens, knapsack, edit distance, LCS, a sieve and Collatz.
import itertools, random
def winner(b):
    lines = [(0,1,2),(3,4,5),(6,7,8),(0,3,6),(1,4,7),(2,5,8),(0,4,8),(2,4,6)]
    for a, c, d in lines:
        if b[a] != " " and b[a] == b[c] == b[d]:
            return b[a]
    return None
memo = {}
def minimax(b, player):
    key = (b, player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        res = (1 if w == "X" else -1, None)
    elif " " not in b:
        res = (0, None)
    else:
        best = None
        for i, cell in enumerate(b):
            if cell != " ":
                continue
            nb = b[:i] + player + b[i + 1:]
            score, _ = minimax(nb, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
        res = best
    memo[key] = res
    return res
board = " " * 9
player = "X"
while winner(board) is None and " " in board:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
for r in range(3):
    print("|".join(board[r * 3:r * 3 + 3]))
print("winner:", winner(board), "positions:", len(memo))
def queens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n:
            sols.append(tuple(acc))
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc + [c])
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols
for n in range(4, 8):
    s = queens(n)
    print(n, len(s), s[0])
def knapsack(items, cap):
    dp = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    c, chosen = cap, []
    for i in range(len(items), 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(i - 1)
            c -= items[i - 1][0]
    return dp[-1][-1], sorted(chosen)
random.seed(11)
items = [(random.randint(1, 20), random.randint(1, 50)) for _ in range(25)]
print(knapsack(items, 60))
def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("same", "same")]
print([edit(a, b) for a, b in pairs])
def lcs(a, b):
    m = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            m[i][j] = a[i] + m[i + 1][j + 1] if a[i] == b[j] else max(m[i + 1][j], m[i][j + 1], key=len)
    return m[0][0]
print(lcs("AGGTABQWERTY", "GXTXAYBWRT"), lcs("abcdef" * 5, "acf" * 7))
def sieve(n):
    flags = bytearray if False else None
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(20000)
print(len(ps), ps[-5:], sum(ps) % 99991)
gaps = [b - a for a, b in zip(ps, ps[1:])]
print(max(gaps), gaps.index(max(gaps)), sorted(set(gaps))[:10])
twins = [(a, b) for a, b in zip(ps, ps[1:]) if b - a == 2]
print(len(twins), twins[-1])
perms = ["".join(p) for p in itertools.permutations("abcd")]
print(len(perms), perms[:5], perms[-1], sorted(perms, reverse=True)[0])
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 8000), key=collatz)
print(best, collatz(best))

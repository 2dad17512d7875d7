# covers: type.list, lang.expr.compare
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 3] * 3
alias[1][1] = 5
print(alias)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [[1, 2]] == [[1, 2]], [1, [2, [3]]])
a = [1, 2]
a.append(a)
print(a, len(a))
print(a[2][2][0])

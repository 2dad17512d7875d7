# covers: lang.expr.precedence
print(1 + 2 * 3 ** 2, (1 + 2) * 3 ** 2, -2 ** -1)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, (1 << 2) + 1)
print(not 1 == 2, not (1 == 2) and False, True or False and False)
print(3 - 2 - 1, 2 ** 2 ** 3, 100 // 10 // 3, 17 % 5 * 2)
print(-3 % 5, -(3 % 5), 2 * -1 ** 2)
print(1 < 2 == True, (1 < 2) == True, 1 + 2 if 0 else 3 + 4)
print([1, 2, 3][1] ** 2, "ab"[0] * 3, -[5][0])
x = lambda: 1 or 2
print(x(), 5 & 3 == 1, (5 & 3) == 1)

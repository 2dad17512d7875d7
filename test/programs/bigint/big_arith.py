# covers: lang.literal.int, lang.expr.arith
a = 2**200 + 12345
b = 3**100 - 1
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b)
print(a ** 3 // b ** 2)
print(divmod(a, 10**20))
print(a == 2**200 + 12345, a > b, -a < -b, a != a + 1)
print(abs(-a) == a, -(-a) == a, +a == a)

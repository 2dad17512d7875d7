# covers: lang.literal.int, lang.stmt.assign_tuple
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a)
print(len(str(a)), a % 10**9, a.bit_length())
def fib_fast(n):
    if n == 0:
        return (0, 1)
    x, y = fib_fast(n // 2)
    c = x * (2 * y - x)
    d = x * x + y * y
    return (d, c + d) if n % 2 else (c, d)
print(fib_fast(300)[0] == a, str(fib_fast(1000)[0])[:30])

# covers: builtin.func.pow, lang.literal.int
print(pow(2, 1000) % 1000000007)
print(pow(2, 1000, 1000000007), pow(7, 10**18, 10**9 + 9))
print(pow(12345678901234567890, 3))
print(pow(-2, 101))
print(pow(2**64 + 13, -1, 2**61 - 1))
print(7 ** 77)
n = 2**89 - 1
print(all(pow(a, n - 1, n) == 1 for a in (2, 3, 5, 7)))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)

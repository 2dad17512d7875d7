# covers: lang.stmt.assign_tuple, type.tuple
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 1, 7])
print(lo, hi, minmax("hello"))
pairs = [(1, "one"), (2, "two")]
for num, word in pairs:
    print(num, word)
a = b = 5
a, b = b + 1, a - 1
print(a, b)
nested = (1, (2, 3), [4, 5])
x, (y, z), [p, q] = nested
print(x, y, z, p, q)

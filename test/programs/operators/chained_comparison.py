# covers: lang.expr.chained_compare
x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3, 0 <= x <= 5 < 6)
print(1 == 1 == 1, 1 == 1 != 2, 3 > 2 > 1 > 0, 3 > 2 > 2)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
print(1 < 2 in [2, 3], "a" in "abc" in ["abc"])
a = [1]
print(a == a is a, [] is [] == [])

# covers: lang.expr.genexp, lang.expr.comp_if
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []), "-".join(str(i) for i in range(3)))
calls = []
def src():
    for i in range(3):
        calls.append(i)
        yield i
g = (v * 10 for v in src())
print(calls, next(g), calls)
print(sorted((x % 3 for x in range(7)), reverse=True))
print(list((i, j) for i in range(2) for j in "ab" if j != "a" or i))

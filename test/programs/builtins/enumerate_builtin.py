# covers: builtin.func.enumerate
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "done"), type(e).__name__)
print(dict(enumerate("ab")))

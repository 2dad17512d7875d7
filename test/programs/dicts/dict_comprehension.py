# covers: lang.expr.dictcomp, type.dict.order
words = ["apple", "bob", "kiwi", "banana"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in zip(range(5), "abcde") if k % 2 == 0})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print({(i, j): i * j for i in range(2) for j in range(2)})

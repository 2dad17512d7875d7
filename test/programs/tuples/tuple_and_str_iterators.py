# covers: type.tuple, lang.stmt.for
# Iterators over tuples and strings: their type names, next() with and without a default,
# exhaustion, comprehensions and generator expressions over them, and strings holding
# astral characters and lone surrogates (one character per code point).
t = (1, 2, 3)
it = iter(t)
print(type(it).__name__, next(it), list(it), list(it))
for x in ('a', 'b'):
    print(x)
print(sum(x for x in (1, 2)), [y for y in (4, 5)], type(iter([])).__name__, type(iter(range(2))).__name__)
it2 = iter((7,))
s = 'a\U0001F600b\ud800c\udc00\ud83d'
print([hex(ord(c)) for c in s], len(list(s)), list('héllo'))

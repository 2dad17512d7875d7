# Displays, comprehensions and generator expressions.
empty_tuple = ()
one = (1,)
pair = 1, 2
lst = [1, 2, 3,]
st = {1, 2}
dct = {'a': 1, 'b': 2,}
empty_dict = {}
merged = {**a, 'k': v, **b}
starred = [*a, *b, 1]
st2 = {*a, 2}
tup = (*a, *b)
lc = [x * y for x in range(3) for y in range(x) if x if y > 0]
sc = {x for x in s}
dc = {k: v for k, v in items if k}
ge = (x for x in y)
call_ge = sum(x for x in y)
nested = [[y for y in x] for x in z]
walrus = [y := f(x), y ** 2]
tuple_targets = [a for a, (b, c) in pairs]

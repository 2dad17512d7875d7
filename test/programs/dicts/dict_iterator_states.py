# covers: type.dict, type.set
# Dict and set iterators: keys, values and items after a deletion, an exhausted iterator
# staying exhausted when the dict grows, and the size-change errors mid-iteration.
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(list(d), list(d.values()), list(d.items()), [k for k in d], sum(d.values()))
it = iter(d)
print(next(it), next(it), next(it, 'end'))
d['z'] = 9
print(next(it, 'still end'))
it2 = iter(d)
next(it2)
d['y'] = 1
try:
    next(it2)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
it3 = iter(s)
next(it3)
s.add(4)
try:
    next(it3)
except RuntimeError as e:
    print(e)
for k, v in {'x': 1, 'y': 2}.items():
    print(k, v)

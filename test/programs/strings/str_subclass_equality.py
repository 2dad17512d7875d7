# covers: type.str.methods, type.tuple, type.dict
# A str subclass instance equals the plain str in ==, dict and set lookups, list.index and
# tuple comparison; tuples of mixed ints, floats and bools find each other as keys.
class S(str):
    pass
d = {'a': 1}
print(d[S('a')], S('a') in {'a'}, (S('a'), 1) in {('a', 1)}, ('a', 1) == (S('a'), 1), [S('a')] == ['a'], ['a'].index(S('a')))
t = {(1, (2, 'x')): 'nested', (1.0, 2): 'float'}
print(t[(True, (2.0, 'x'))], t[(1, 2)], (1, 2) == (1, 2, 3), ((1,),) == ((1.0,),), ('a',) != (S('a'),))

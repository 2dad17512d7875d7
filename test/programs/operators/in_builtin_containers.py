# covers: lang.expr.in, dunder.contains
# in / not in on exact dicts, sets, frozensets, lists, tuples and strs, and on subclasses
# that override __contains__; identity before ==, and the TypeErrors of unhashable keys.
class D(dict):
    def __contains__(self, k): return k == 'magic'
class S(set):
    def __contains__(self, k): return True
class L(list):
    def __contains__(self, k): return False
class T(tuple): pass
nan = float('nan')
d = {'a': 1, (1, 2): 2, 3: 3}
print('a' in d, 'b' in d, (1, 2) in d, 3.0 in d, True in {1: 0}, 'magic' in D(a=1), 'a' in D(a=1))
s = {1, 2, frozenset([3])}
print(1 in s, 1.0 in s, {3} in s, frozenset([3]) in s, 'x' in S(), 5 in frozenset([5]), set() in {frozenset()})
print(nan in [nan], nan in (1, nan), 1 in L([1]), 2 in T((1, 2)), [1] in [[1]], 'ab' in 'cabd', '' in 'x', 'z' in ('a', 'z'))
for bad in (lambda: [1] in d, lambda: {} in s, lambda: 1 in 'abc', lambda: [] in frozenset()):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
class E:
    def __eq__(self, o): return o == 42
print(42 in [E()], E() in [42], 42 in (E(),), 'k' in {'k'} , 0 in [False], '\U0001F600' in 'a\U0001F600')

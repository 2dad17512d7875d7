# covers: builtin.func.len, builtin.func.getattr, type.str.split, type.str.join, type.str.startswith
# Built-in functions and methods called with every argument count they accept (compiled code
# takes their fixed-arity entries), their arity errors, bound natives, and a native method
# stored on an unrelated class, which fails on binding as in CPython.
class A:
    f = list.append
    g = str.upper
try:
    A().f(1)
except TypeError as e:
    print(e)
try:
    print(A().g())
except TypeError as e:
    print(e)
print(getattr(A, 'h', 'dflt'), getattr(1, 'real'), hasattr(A, 'f'), isinstance(1, (str, int)), ord('a'), chr(98))
cases = [
    ('len()', lambda: len()), ('len(1, 2)', lambda: len(1, 2)), ('isinstance(1)', lambda: isinstance(1)),
    ('getattr(1)', lambda: getattr(1)), ('ord("ab")', lambda: ord("ab")), ('chr("a")', lambda: chr("a")),
    ('len(x=1)', lambda: len(x=1)), ('getattr(1, 2)', lambda: getattr(1, 2)), ('setattr(1)', lambda: setattr(1)),
    ('format(1, 2)', lambda: format(1, 2)), ('"a".startswith()', lambda: "a".startswith()),
    ('[].append()', lambda: [].append()), ('{}.get()', lambda: {}.get()), ('"".join(1, 2)', lambda: "".join(1, 2)),
]
for text, f in cases:
    try:
        f()
    except TypeError as e:
        print(text, '->', e)
up = 'abc'.upper
sw = 'abc'.startswith
ap = [].append
print(up(), sw('a'), sw(('x', 'ab')), ap(3))
# Optional arguments of methods with fixed entries, positional and absent.
d = {'a': 1}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('b'), d.setdefault('c', 3), d.pop('c'), d.pop('q', 'none'), d)
xs = [3, 1, 2]
print(xs.pop(), xs.pop(0), xs, 'a,b,,c'.split(','), 'a b  c'.split(), 'a,b,c'.split(',', 1), 'a b c'.rsplit(None, 1))
print('xxhixx'.strip('x'), '  hi '.strip(), 'hello'.find('l'), 'hello'.find('l', 3), 'hello'.startswith('el', 1), 'a-b'.replace('-', '+'))
s = set()
s.add(1)
s.discard(2)
print(s, 'abc'.index('c'), [1, 2, 1].count(1), 'hello'.rfind('l'), 'x'.endswith(('y', 'x')))

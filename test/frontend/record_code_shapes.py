#!/usr/bin/env python3
# Records the shape of every code object CPython 3.11 compiles from small scope-analysis
# sources (name, qualname, first line, argument counts, flags, varnames, cellvars, freevars)
# into code-shapes.expected.json beside this script; compiler.test.ts checks that corevm's
# symtable and compiler produce the same shapes. Regenerate: python3 test/frontend/record_code_shapes.py
import json
import os
import types

CASES = {
    'closure_chain': '''
def f(a, b):
    c = 1
    def g(d):
        e = a + d
        def h():
            nonlocal e
            e += c
            return e, b
        return h
    return g
''',
    'parameter_cells_first': '''
def f(z, y, *args, x, **kw):
    w = v = 1
    return lambda: (z, x, kw, w, v, args)
''',
    'globals_and_nonlocals': '''
x = 0
def f():
    global x
    y = 1
    def g():
        nonlocal y
        global z
        y = x = z = 2
    return g
def h():
    x = 1
    def k():
        global x
        return x
    return k
''',
    'class_scopes': '''
def outer():
    x = 1
    y = 2
    class C:
        x = 3
        z = y
        def m(self):
            return x, y
        def n(self):
            return __class__
    return C
class D:
    a = 1
    b = [a for _ in range(1)]
    def m(self):
        return a
''',
    'super_and_class_cell': '''
class A:
    def f(self):
        return super().f()
    def g(self):
        def inner():
            return super()
        return inner
    def h(this, *rest):
        return [super() for _ in rest]
    @staticmethod
    def s():
        return 1
class B:
    class C:
        def m(self):
            return super().m()
''',
    'comprehensions': '''
def f(n):
    a = [lambda: i for i in range(n)]
    b = {k: [v for v in range(k)] for k in range(n)}
    c = (x * y for x in range(n) for y in range(x) if y)
    d = [(w := i) for i in range(n)]
    return a, b, c, d, w
e = [(g := i) for i in range(3)]
s = {i for i in range(3)}
''',
    'generators_and_lambdas': '''
def gen(a, /, b=1, *, c):
    x = yield a
    yield from range(b)
    return x
lam = lambda x, *ys, k=1, **kw: (x, ys, k, kw)
def deco(f):
    return f
@deco
@deco
def decorated(p):
    return (lambda: (yield p))
''',
    'private_names': '''
class K:
    __a = 1
    def m(self, __p, *, __q=2):
        __r = __p
        return self.__a, __r, __q
    def n(self):
        def __inner():
            return self
        return __inner
''',
    'locals_of_every_kind': '''
def f(p):
    import os
    import os.path as op
    from math import pi as PI, tau
    for i, (j, *k) in []:
        pass
    with open(p) as fh, open(p) as (g, h):
        pass
    try:
        pass
    except Exception as err:
        pass
    del p
    q: int = 1
    r: int
    (s := 1)
    class Local:
        pass
    def local():
        pass
    return os, op, PI, tau
''',
    'deleted_cells': '''
def f():
    x = 1
    def g():
        return x
    del x
    return g
''',
}


def shapes(code, out):
    out.append({
        'name': code.co_name, 'qualname': code.co_qualname, 'firstlineno': code.co_firstlineno,
        'argcount': code.co_argcount, 'posonlyargcount': code.co_posonlyargcount,
        'kwonlyargcount': code.co_kwonlyargcount, 'flags': code.co_flags & 0x3f,
        'varnames': list(code.co_varnames), 'cellvars': list(code.co_cellvars), 'freevars': list(code.co_freevars),
    })
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            shapes(const, out)
    return out


def main():
    out = {}
    for name, source in CASES.items():
        code = compile(source, name + '.py', 'exec', dont_inherit=True)
        out[name] = {'source': source, 'codes': sorted(shapes(code, []), key=lambda s: (s['firstlineno'], s['qualname']))}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'code-shapes.expected.json')
    with open(path, 'w') as f:
        json.dump(out, f, indent=1)
        f.write('\n')
    print(f'wrote {len(out)} cases to {path}')


if __name__ == '__main__':
    main()

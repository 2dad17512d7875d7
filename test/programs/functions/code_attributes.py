# covers: lang.func.attributes, lang.func.closure
# A function's __code__ answers the co_* questions introspecting code asks (decorators, tools).
def f(a, b, /, c, *args, d, e=1, **kw):
    x = 1
    def g():
        return x + a
    return g
c = f.__code__
print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_varnames, c.co_cellvars, c.co_firstlineno)
g = f(1, 2, 3, d=4)
print(g.__code__.co_freevars, g.__code__.co_qualname, c.co_flags & 0x4, c.co_flags & 0x8, c.co_filename.endswith("co.py"))

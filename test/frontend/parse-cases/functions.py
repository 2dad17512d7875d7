# Function definitions: every parameter form, defaults, annotations, decorators, lambda.
def f(): pass

def g(a, b, c=1, *args, d, e=2, **kwargs):
    return a

def h(a, b=2, /, c=3, *, d, e=4):
    return

def k(a, /):
    return a, a

def ann(x: int, y: 'str' = 'a', *args: tuple, z: float = 1.0, **kw: dict) -> bool:
    return True

def only_kw(*, a, b=1): ...

def star_args(*args, **kwargs): pass

@decorator
def decorated(): pass

@first
@second(arg)
@third.attr
@(lambda f: f)
def multi(): pass

def outer():
    def inner():
        nonlocal x
        global y
        return x
    return inner

l1 = lambda: 0
l2 = lambda x: x
l3 = lambda x, y=1, *a, z, **k: (x, y, a, z, k)
l4 = lambda *, a: a
l5 = lambda a, /, b: a
l6 = lambda *a, **k: 0

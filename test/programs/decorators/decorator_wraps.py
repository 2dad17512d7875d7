# covers: module.functools.wraps, lang.func.decorator
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper
@logged
def compute(x):
    """Compute something."""
    return x * 2
print(compute(21), compute.__name__, compute.__doc__, compute.__wrapped__(5), compute.__qualname__)
def plain(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@plain
def other():
    """doc"""
print(other.__name__, other.__doc__)

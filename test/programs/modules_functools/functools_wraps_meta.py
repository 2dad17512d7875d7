# covers: module.functools.wraps
import functools
def timed(label):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            result = fn(*args, **kwargs)
            print(f"[{label}] {fn.__name__} with {len(args)} positional args -> {result}")
            return result
        return wrapper
    return deco
@timed("calc")
def add(a, b):
    """Return a + b."""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__module__)
class Cls:
    @timed("method")
    def double(self, x):
        "double it"
        return 2 * x
Cls().double(4)
print(Cls.double.__qualname__, Cls.double.__doc__)

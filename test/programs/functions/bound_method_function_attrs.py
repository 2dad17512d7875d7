# covers: lang.func.attributes, lang.func.decorator, lang.class.methods
# A bound method reads what the method type lacks from its function: attributes a decorator
# set, __wrapped__, __annotations__, __defaults__, __code__ (CPython's method_getattro).
import functools


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


class Service:
    @counted
    def ping(self, x: int = 1) -> str:
        "Answer a ping."
        return "pong"


s = Service()
total = 0
for i in range(500):
    s.ping(i)
    total += s.ping.calls
print(s.ping.calls, Service.ping.calls, total, s.ping.__wrapped__ is Service.ping.__wrapped__)
print(s.ping.__name__, s.ping.__doc__, s.ping.__annotations__, s.ping.__module__, s.ping.__qualname__)
print(s.ping.__func__ is Service.ping, s.ping.__self__ is s, s.ping.__wrapped__.__defaults__, s.ping.__code__.co_name)
try:
    s.ping.calls = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.ping.missing
except AttributeError as e:
    print("AttributeError:", e)

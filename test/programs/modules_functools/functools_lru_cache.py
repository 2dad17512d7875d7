# covers: module.functools.lru_cache
import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
calls = []
@functools.lru_cache(maxsize=2)
def slow(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 1, 2]:
    slow(v)
print(calls, slow.cache_info())
slow.cache_clear()
print(slow.cache_info())
@functools.lru_cache
def greet(name, punct="!"):
    calls.append(name)
    return "hi " + name + punct
calls.clear()
print(greet("a"), greet("a"), greet("a", punct="?"), greet(name="a"), calls)
print(greet.__name__, greet.cache_info().hits)
try:
    slow([1])
except TypeError as e:
    print("TypeError:", e)

# covers: lang.func.decorator
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("bob"), greet.__name__)
def trace(fn):
    def wrapper(*a):
        print("->", fn.__name__, a)
        r = fn(*a)
        print("<-", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
def identity(fn):
    return fn
@identity
def same():
    return "same"
print(same(), same.__name__)

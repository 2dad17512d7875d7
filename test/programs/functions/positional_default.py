# covers: lang.func.positional, lang.func.default
def area(w, h=1):
    return w * h
print(area(3), area(3, 4), area(w=2, h=5), area(h=2, w=5), area(7, h=2))
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"))
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2), mutable_default(3, []))
def safe_default(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_default(1), safe_default(2))
n = 10
def captured(v=n):
    return v
n = 20
print(captured(), area.__defaults__, greet.__defaults__, captured.__name__)

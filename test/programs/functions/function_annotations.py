# covers: lang.func.attributes, lang.func.kwonly, lang.func.varargs, lang.func.kwargs
# Parameter and return annotations are evaluated when the def runs and kept in the function's
# __annotations__ (in CPython's order); annotations inside a function body are never evaluated.
log = []


def note(name):
    log.append(name)
    return name


def f(a: note("a"), b: int = 2, /, c: "text" = 3, *args: note("args"), d: float, e=5, **kw: dict) -> note("ret"):
    unused: this_name_is_never_evaluated = 1
    return a


print(log)
print(f.__annotations__)
print(f(1, d=0.5), (lambda x: x).__annotations__)


def bare():
    pass


print(bare.__annotations__)
bare.__annotations__["x"] = int
print(bare.__annotations__)
bare.__annotations__ = {"y": str}
print(bare.__annotations__)
try:
    bare.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)


class Shape:
    def area(self, scale: float = 1.0) -> float:
        return 0.0

    def __mangled(self, __p: int) -> None:
        pass


print(Shape.area.__annotations__, Shape()._Shape__mangled.__annotations__)


def outer():
    T = list

    def inner(x: T) -> T:
        return x

    return inner.__annotations__


print(outer())

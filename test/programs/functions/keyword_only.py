# covers: lang.func.kwonly
def f(a, *, key, flag=False):
    return (a, key, flag)
print(f(1, key=2), f(1, key=2, flag=True), f(a=0, key="k"))
def g(*args, sep=", ", end="."):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g("x", sep="|"), g(end="!"))
for bad in (lambda: f(1, 2), lambda: f(1), lambda: f(1, key=1, other=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(f.__kwdefaults__, g.__kwdefaults__)

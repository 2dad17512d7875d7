# covers: lang.func.first_class
def apply(f, *args):
    return f(*args)
def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "max": max}
for name, op in ops.items():
    print(name, apply(op, 6, 7))
triple = make_multiplier(3)
print(triple(5), list(map(make_multiplier(2), [1, 2, 3])))
funcs = [abs, str, len]
print([f("-5" if f is len else -5) for f in funcs])
print(sorted(["bb", "a", "ccc"], key=len), max([3, -7, 2], key=abs))

# covers: tier.jit, dunder.arith, dunder.reflected, dunder.inplace
# Binary operators on instances from compiled code: the forward method, NotImplemented
# falling back to the reflected method, a subclass's reflected method going first, in-place
# methods, and a method replaced on the class while a loop runs.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented

    def __radd__(self, other):
        return V(other * 1000 + self.x)

    def __sub__(self, other):
        return V(self.x - other.x)

    def __repr__(self):
        return f"V({self.x})"


class W(V):
    def __radd__(self, other):
        return "W.__radd__ first"


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, v):
        self.items.append(v)
        return self

    def __add__(self, v):
        return "plain add"


class Plain:
    pass


def sums(n):
    total = V(0)
    for i in range(n):
        total = total + V(i)
        total = total + 1
        total = total - V(1)
    return total


def mixed(n):
    out = []
    for i in range(n):
        out.append(V(i) + W(1) if i % 2 else 5 + V(i))
    return out[-4:]


def accumulate(n):
    a = Acc()
    for i in range(n):
        a += i
    b = Acc()
    c = b + 1
    return len(a.items), c


def main():
    print(sums(500))
    print(mixed(400))
    print(accumulate(300))
    try:
        for i in range(300):
            r = V(i) + Plain()
    except TypeError as e:
        print("TypeError:", e)
    v = V(1)
    results = []
    for i in range(400):
        if i == 200:
            V.__add__ = lambda self, other: "replaced"
        results.append(v + V(i))
    print(results[199], results[200], results[-1])
    try:
        V(1) - 5
    except AttributeError as e:
        print("AttributeError:", e)


main()

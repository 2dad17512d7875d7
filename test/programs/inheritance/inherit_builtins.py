# covers: lang.class.inheritance, type.list, type.dict
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [4])
class DefaultDict(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = DefaultDict(a=1)
print(d["a"], d["zz"], d, "zz" in d)
class MyInt(int):
    def double(self):
        return MyInt(self * 2)
n = MyInt(21)
print(n.double(), n + 1, type(n + 1).__name__, type(n.double()).__name__, n == 21)
class Name(str):
    def shout(self):
        return self.upper() + "!"
print(Name("bob").shout(), Name("x") + "y", repr(Name("q")))

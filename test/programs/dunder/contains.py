# covers: dunder.contains
class Evens:
    def __contains__(self, x):
        print("checking", x)
        return isinstance(x, int) and x % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e, "a" in e)
class Truthy:
    def __contains__(self, x):
        return "yes"
print(1 in Truthy())
class IterOnly:
    def __iter__(self):
        yield from [1, 2, 3]
print(2 in IterOnly(), 5 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(20 in GetItemOnly(), 25 in GetItemOnly())
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)

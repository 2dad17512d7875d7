# covers: dunder.iter_next
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "end"))
for x in Countdown(3):
    print("x =", x)
class Repeatable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Repeatable("ab")
print(list(r), list(r), [a + b for a in r for b in r])
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)

# covers: exc.StopIteration
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
print(next(it, "default"), next(iter([]), None))
e = StopIteration(5)
print(e.value, e.args)
class Manual:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done")
        return self.n
print(list(Manual()))
m = Manual()
for x in m:
    pass
try:
    next(m)
except StopIteration as e:
    print("after loop:", e)

# covers: builtin.func.iter, builtin.func.next
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "exhausted"))
s = iter("ab")
print(type(iter([])).__name__, type(iter(())).__name__, list(s))
print(iter(it) is it, list(iter(range(3))))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    next("abc")
except TypeError as e:
    print("TypeError:", e)
d = iter({"k1": 1, "k2": 2})
print(next(d), list(d))

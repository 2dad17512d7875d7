# covers: lang.gen.yield
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(list(count_up(5)), sum(count_up(101)), list(count_up(0)))
def lazy():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("finished")
g = lazy()
print("created")
for v in g:
    print("got", v)
print(next(g, "default"))

# covers: lang.gen.throw
def worker():
    while True:
        try:
            x = yield
            print("working on", x)
        except ValueError as e:
            print("recovered from", e)
            yield "recovered"
g = worker()
next(g)
g.send("job1")
print(g.throw(ValueError("bad input")))
next(g)
g.send("job2")
try:
    g.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated KeyError", e)
try:
    next(g)
except StopIteration:
    print("generator is finished")
def simple():
    yield 1
s = simple()
try:
    s.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("RuntimeError:", e)

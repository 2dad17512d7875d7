# covers: lang.gen.return
def g():
    yield 1
    return "done"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def delegator():
    result = yield from g()
    yield "sub returned " + result
print(list(delegator()))
def empty_return():
    return
    yield
try:
    next(empty_return())
except StopIteration as e:
    print(e.value, e.args)
def raises_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

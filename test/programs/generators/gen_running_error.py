# covers: lang.gen.send, exc.ValueError
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def g():
    yield 1
gen = g()
print(list(gen), next(gen, "exhausted"))
def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally in generator")
wf = with_finally()
for item in wf:
    print(item)
    break
print("after break")
wf.close()
print("after close")

# covers: lang.gen.close
def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = resource()
print(next(g))
g.close()
g.close()
try:
    next(g)
except StopIteration:
    print("closed generator raises StopIteration")
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = catches_exit()
next(c)
c.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
unstarted = resource()
unstarted.close()
print("unstarted close prints nothing")

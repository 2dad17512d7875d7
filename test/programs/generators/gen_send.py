# covers: lang.gen.send
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
g = accumulator()
print(next(g))
print(g.send(10), g.send(5), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if len(received) == 3:
            return received
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    e.send("c")
except StopIteration as s:
    print(s.value)
try:
    accumulator().send(5)
except TypeError as err:
    print("TypeError:", err)

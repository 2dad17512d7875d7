# covers: lang.expr.walrus
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 6])
print(y)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("pop", top)
vals = [(v, sq) for v in range(4) if (sq := v * v) % 2 == 0]
print(vals)
print((z := 5) + z, z)
def f():
    total = 0
    results = [total := total + i for i in range(5)]
    return results, total
print(f())

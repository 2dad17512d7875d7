# covers: lang.expr.ternary
for n in (-5, 0, 7):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
print([i if i % 2 else -i for i in range(6)])
f = lambda v: "even" if v % 2 == 0 else "odd"
print(f(3), f(4))
def boom():
    raise ValueError("not evaluated")
print("safe" if True else boom())
print((1 if False else 2) + 3)

# covers: lang.literal.int, lang.expr.arith
f = 1
for i in range(1, 61):
    f *= i
    if i % 10 == 0:
        print(i, f)
print(len(str(f)), f % 1000003, f // 10**70)

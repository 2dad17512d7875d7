# covers: lang.stmt.for_else
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("unreachable")
else:
    print("empty loop else")
for i in range(3):
    if i == 10:
        break
else:
    print("completed, i =", i)
def first_neg(xs):
    for x in xs:
        if x < 0:
            return x
    else:
        return None
print(first_neg([1, -2, -3]), first_neg([1]))

def total(n):
    t = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        t += i
    while t > 100:
        t //= 2
    return t

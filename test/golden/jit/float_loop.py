# A float accumulator in a for loop: raw doubles in JS locals, boxed at the exits.
def harmonic(n):
    s = 0.0
    for k in range(1, n + 1):
        s += 1.0 / k
    return s


for _ in range(3):
    print(harmonic(50))

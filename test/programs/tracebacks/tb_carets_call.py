# covers: traceback.carets
def compute(n):
    if n > 2:
        raise OverflowError("n too large")
    return n * 10

total = 0
for i in range(5):
    total = total + compute(i) + 1

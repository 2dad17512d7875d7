# covers: tier.jit, lang.expr.bitwise
# Bitwise operators on ints in compiled loops: int32 operands, wider ints up to 53 bits
# and beyond, negative operands, shifts past 31, and a negative shift count.
def mix(n):
    h = 0
    out = []
    for i in range(n):
        h ^= i * 2654435761
        h &= 0xFFFFFFFF
        h = (h >> 3) | (i & 7)
        a = -i ^ (i >> 1)
        b = (i | -8) & (h >> 40)
        c = (1 << 40) + i
        d = (c & (c - 1)) ^ (c | 5)
        e = c >> 33
        out.append((h, a, b, d, e))
    return out[-3:], sum(x[0] for x in out) % 1000003
print(mix(3000))
try:
    x = 5
    for i in range(300):
        y = x >> (2 - i)
except ValueError as e:
    print("ValueError", e, i)


def masks(n):
    h = 0
    out = []
    for i in range(n):
        h = (h * 31 + i * 7919) & 0xFFFFFFFF
        lo = (-i * 1000003) & 0xFFFFFFFF
        mid = (h << 9) & 0xFFFFFFFF
        big = (h * 2**40 + i) & 0xFFFFFFFFFF
        neg = -h & -256
        out.append(h ^ lo ^ mid ^ big ^ neg)
    return h, out[-2:], sum(out) % 1000003


print(masks(5000))

# covers: tier.jit
# Sites whose operand types change while hot: compiled code speculates on what it saw,
# exits to the interpreter when a guard fails, and recompiles without the failed
# speculation; results must be exactly CPython's throughout.
def add(a, b):
    return a + b


def mixed(n):
    out = []
    for i in range(n):
        x = i if i % 3 else i * 0.5
        out.append(add(x, 1))
    return sum(out), out[:5], type(out[0]).__name__, type(out[1]).__name__


def overflow(n):
    v = 1
    for i in range(n):
        v = v * 3 + i
    return v % 1000000007, v.bit_length()


def int_to_float(n):
    s = 0
    for i in range(n):
        s += i
        if i == n // 2:
            s += 0.5
    return s


def division(n):
    res = []
    for i in range(-n, n):
        d = i % 7 - 3
        try:
            res.append((i // d, i % d, i / d))
        except ZeroDivisionError as e:
            res.append(str(e))
    return res[:8], len(res)


def floats(n):
    z = -0.0
    acc = 0.0
    nan = float("nan")
    for i in range(n):
        acc += (i % 5 - 2) * 0.1
        if nan:
            z = z * 1.0
        if acc != acc:
            break
    return z, acc, nan == nan, nan != nan, 0.1 + 0.2, -(0 * -1.5), 7 // 2 * -1.0


def strs(n):
    out = None
    for i in range(n):
        out = add("a", "b") if i % 100 == 0 else add(i, i)
    return out, add("x", "y"), add([1], [2]), add((1,), (2,))


print(mixed(3000))
print(overflow(200))
print(int_to_float(4000))
print(division(2000))
print(floats(3000))
print(strs(3000))
for k in range(5):
    print(add(k, 0.5), add(2 ** 62, k), add(True, k), add(k, False))

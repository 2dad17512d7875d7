# covers: tier.jit
# Loops that become hot while their frame runs in the interpreter: nested loops, loops in
# try/with/except, while/else, break and continue, at module level and in functions called
# once, so compiled code is entered on-stack and the result reaches the caller as usual.
class Resource:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *exc):
        self.log.append("exit %s" % (exc[0].__name__ if exc[0] else None))
        return exc[0] is KeyError


def nested(n):
    total = 0
    for i in range(n):
        for j in range(i % 17):
            if j == 11:
                continue
            total += i * j
            if total > 10 ** 12:
                break
    return total


def in_try(n):
    caught = 0
    acc = 0.0
    for i in range(n):
        try:
            if i % 997 == 0:
                raise ValueError(i)
            acc += 1.0 / (i % 50 + 1)
        except ValueError as e:
            caught += e.args[0]
        finally:
            acc -= 0.25
    return caught, round(acc, 6)


def in_with(n):
    r = Resource()
    total = 0
    with r:
        for i in range(n):
            total += i
        raise KeyError("done")
    with r:
        while total > 0:
            total //= 3
        else:
            r.log.append("else")
    return total, r.log


def while_else(n):
    i = 0
    found = None
    while i < n:
        i += 1
        if i * i == 1522756:
            found = i
            break
    else:
        found = -1
    return found, i


def returns_from_loop(n):
    for i in range(n):
        if i == n - 3:
            return "early %d" % i
    return "never"


print(nested(3000))
print(in_try(5000))
print(in_with(4000))
print(while_else(5000))
print(while_else(100))
print(returns_from_loop(6000))

grid = 0
for a in range(60):
    for b in range(60):
        for c in range(3):
            grid += a ^ b ^ c
print(grid)

k = 0
words = []
while k < 3000:
    k += 7
    if k % 1000 < 7:
        words.append(k)
print(k, words)

# The bundled example for `npm start`: a little of everything the interpreter does often:
# recursive calls, a numeric loop, a class with methods, and string building.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


def walk(steps):
    position = Vector(0, 0)
    for i in range(steps):
        position = position.add(Vector(i % 3 - 1, i % 5 - 2))
    return position


def collatz_longest(limit):
    best, best_start = 0, 1
    for start in range(1, limit):
        n, length = start, 1
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            length += 1
        if length > best:
            best, best_start = length, start
    return best_start, best


print("fib(25) =", fib(25))
print("walk(200000) =", walk(200000))
print("longest Collatz chain below 100000 starts at %d (%d steps)" % collatz_longest(100000))
print(", ".join(str(fib(i)) for i in range(15)))

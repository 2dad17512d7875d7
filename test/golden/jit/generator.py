# A generator function: the JIT leaves it in the interpreter with a named reason.
def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


for _ in range(3):
    print(sum(evens(2000)))

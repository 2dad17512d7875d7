def read_all(path):
    with open(path) as f:
        return f.read()

def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i
    yield from range(3)

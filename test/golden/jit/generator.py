# A generator function: compiled as a resumable frame, entered at its start and after its yield.
def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


for _ in range(3):
    print(sum(evens(2000)))

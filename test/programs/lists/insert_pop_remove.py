# covers: type.list.insert, type.list.pop, type.list.remove
a = [10, 20, 30]
a.insert(0, 5)
a.insert(2, 15)
a.insert(100, 99)
a.insert(-1, 88)
a.insert(-100, 1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(1), a)
b = [1, 2, 3, 2, 1]
b.remove(2)
print(b)
b.remove(1)
print(b)
for call in (lambda: b.remove(42), lambda: [].pop(), lambda: [1].pop(5)):
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)

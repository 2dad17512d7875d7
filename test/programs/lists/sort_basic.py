# covers: type.list.sort
a = [5, 2, 9, 1, 5, 6, -3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
w = ["banana", "Apple", "cherry", "date", "Elder"]
w.sort()
print(w)
w.sort(key=str.lower)
print(w)
w.sort(key=len, reverse=True)
print(w)
print([3, 1, 2].sort(), sorted([3, 1, 2]))
e = []
e.sort()
print(e, [1.5, 1, True, 0.5].copy() == [1.5, 1, True, 0.5])
try:
    [1, "a", 2].sort()
except TypeError as ex:
    print("TypeError:", ex)

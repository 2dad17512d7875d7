# covers: module.collections.deque
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(list(d), 7 in d, d.count(7), d.index(8))
d.remove(7)
d.reverse()
print(d)
d.clear()
print(d, bool(d))
for call in (d.pop, d.popleft):
    try:
        call()
    except IndexError as e:
        print("IndexError:", e)

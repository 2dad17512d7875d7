# covers: module.collections.deque
from collections import deque
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), sum(window) / len(window))
print(window, window.maxlen)
window.appendleft(99)
print(window)
last3 = deque("abcdefg", maxlen=3)
print(last3, deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]), deque([1, 2]) * 2)
d = deque(range(5))
d[2] = "x"
del d[0]
print(d, repr(deque()), deque("ab", maxlen=5))

# covers: exc.RuntimeError
try:
    raise RuntimeError("generic runtime failure")
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1}
try:
    for x in s:
        s.add(x + 1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))

# covers: module.gc
import gc
print(gc.isenabled())
n = gc.collect()
print(isinstance(n, int), n >= 0)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
class Node:
    def __init__(self):
        self.ref = self
for _ in range(100):
    Node()
print(gc.collect() >= 0)

# covers: builtin.func.hash
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345))
print(hash(2**61 - 1), hash(2**61), hash(2**64), hash(-(2**64)))
print(hash(1.0) == hash(1), hash(1.5), hash(-0.5), hash(0.0), hash(-0.0))
print(hash(float("inf")), hash(float("-inf")))
print(hash(True), hash(False), hash(None) == hash(None))
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1, 2, 3)), hash((1, (2, 3))))
print(hash(10**20), hash(-(10**20)))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)

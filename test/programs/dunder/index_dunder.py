# covers: dunder.index
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abcd"[Idx(1):Idx(3)], hex(Idx(255)), bin(Idx(5)), range(Idx(3)))
print(list(range(10))[Idx(1):Idx(8):Idx(3)], "ab" * Idx(3), [0] * Idx(2))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
print(int(Num()), float(Num()))
try:
    [1, 2][Num()]
except TypeError as e:
    print("TypeError:", e)

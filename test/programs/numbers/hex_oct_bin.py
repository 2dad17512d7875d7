# covers: builtin.func.hex, builtin.func.oct, builtin.func.bin
for v in (0, 1, 10, 255, -255, 2**64, -(2**70)):
    print(v, hex(v), oct(v), bin(v))
print(int(hex(48879), 16), int(oct(8), 8), int(bin(5), 2), int(bin(-5), 0))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    bin("1")
except TypeError as e:
    print("TypeError:", e)
class I:
    def __index__(self):
        return 42
print(hex(I()), bin(I()), oct(I()))

# covers: builtin.func.float
print(float(), float(3), float(-7), float("4.5"), float("  -1e-3 "), float(True))
print(float("nan"), float("-inf"), float("+infinity"), float("InFiNiTy"))
print(float(2**60), float("0.1"), float(" 12_3.4_5 "))
for bad in ("", "abc", "1.2.3", "1e", "0x10", "1__0", "nan1"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
class F:
    def __float__(self):
        return 2.5
print(float(F()))

# covers: builtin.func.int, type.int
print(int(), int(7), int(-7.9), int(7.9), int(True), int("  -17 "), int("+5"))
print(int("101", 2), int("777", 8), int("ff", 16), int("FF", 16), int("zz", 36))
print(int("0x10", 0), int("0b11", 0), int("0o10", 0), int("10", 0), int("1_0", 0))
print(int("١٢٣"), int(1e18), int(-0.5), int(2.999999))
for bad in ("", "1.5", "abc", "0x10", "1__0", " ", "12a"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)

# covers: type.str.ljust
print(repr("abc".ljust(6)), repr("abc".rjust(6)), repr("abc".center(6)), repr("abc".center(7)))
print("abc".ljust(6, "*"), "abc".rjust(6, "-"), "abc".center(8, "="), "abcd".center(9, "."))
print("abc".ljust(2), "abc".rjust(0), "abc".center(-1), "ab".center(5, "x"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
try:
    "abc".ljust(6, "ab")
except TypeError as e:
    print("TypeError:", e)

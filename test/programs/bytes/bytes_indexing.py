# covers: type.bytes, lang.expr.slice
b = b"python"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], list(b[:3]), b[10:])
for x in b"hi":
    print(x, type(x).__name__)
print(112 in b, b"th" in b, b"x" not in b, len(b), sorted(b"cab"), max(b"az"))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b[6]
except IndexError as e:
    print("IndexError:", e)
print(b == b"python", b < b"pz", b"" < b"\x00", hash(b"") == hash(b""))

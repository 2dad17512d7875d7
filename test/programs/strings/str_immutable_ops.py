# covers: type.str
s = "abc"
t = s
s += "d"
print(s, t, s is t)
u = s.upper()
print(s, u)
print(str(), str(123), str(1.5), str([1, "a"]), str((1,)), str({"a": 1}), str(None), str(b"x"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
print("a" + "b" * 2 + "c", ("ab" * 2)[1:3])
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".foo()
except AttributeError as e:
    print("AttributeError:", e)

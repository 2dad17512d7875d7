# covers: type.str, lang.expr.slice
s = "Python"
print(s[0], s[-1], s[2:4], s[:2], s[3:], s[::-1], s[::2], s[1:-1], s[-3:], s[10:], s[-10:2])
print(len(s), s[5], repr(s[6:]), s[:0] == "")
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
print([c for c in "héllo"], list(reversed("abc")))

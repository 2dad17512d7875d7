# covers: lang.expr.slice
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-7], a[-5:-2])
print(a[100:], a[-100:2], a[5:2], a[3:3], a[8:100])
s = "abcdefgh"
print(s[1:4], s[-2:], s[:100], s[4:1])
t = tuple(a)
print(t[::3], t[1:2])

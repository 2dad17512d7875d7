# covers: lang.expr.slice_step
a = list(range(10))
print(a[::2], a[1::2], a[::3], a[::-1], a[::-2], a[8:2:-2], a[2:8:-1], a[-1:-4:-1])
print(a[7::-3], a[:4:-2], a[5::-1], a[-2::-1][:3])
s = "0123456789"
print(s[::-1], s[9:0:-3], s[::4])
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
print(range(10)[::-3], list(range(10)[2:9:3]), b"abcdef"[::-2])

# covers: lang.expr.slice_negative
w = "programming"
print(w[-1], w[-3:], w[:-3], w[-5:-1], w[-1:-5], w[-100:-9], w[-2:100])
n = [1, 2, 3, 4, 5]
for i in range(-6, 0):
    print(i, n[i:], n[:i])

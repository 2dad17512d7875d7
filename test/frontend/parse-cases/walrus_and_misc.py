# Assignment expressions, conditional expressions and nesting.
if (n := len(a)) > 10:
    print(n)
while (line := read()):
    process(line)
data = [y for x in xs if (y := f(x)) is not None]
print(f"{(z := 3)}")
result = (lambda: (yield))
v = a if b else (c if d else e)
chained = a < b < c < d
unpack = f(*[1, 2], **{'a': 1})
sub = x[y[z[0]]]
neg_index = a[-1]
comp_in_call = max(len(w) for w in words)
dict_in_set = {(k, v) for k, v in d.items()}
deep = ((((1))))
t = (1, (2, (3, (4,))))

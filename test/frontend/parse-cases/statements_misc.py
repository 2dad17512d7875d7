# del, global, nonlocal, pass, expression statements, semicolons, continuation lines.
del x
del x, y
del a[0], b.c, d[1:2]
del (a, b), [c]
global g1, g2
x = 1; y = 2; z = 3;
total = (1 +
         2 +
         3)
value = 1 + \
    2
items = [
    1,
    2,
]
call(
    a,
    b=2,
)
"docstring-like expression"
...
x
-x
await_ = 1
print("hello", end="")

# covers: exc.TypeError, builtin.func.iter
class Plain:
    pass
for obj in (5, 2.5, None, True, Plain()):
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print("for:", e)
try:
    a, b = 5
except TypeError as e:
    print("unpack:", e)
try:
    [*None]
except TypeError as e:
    print("star:", e)
try:
    list(7)
except TypeError as e:
    print("list():", e)
try:
    x = 3 in 3
except TypeError as e:
    print("in:", e)
try:
    dict(5)
except TypeError as e:
    print("dict():", e)
try:
    print(*1)
except TypeError as e:
    print("call star:", e)
try:
    print(**[1])
except TypeError as e:
    print("call double star:", e)

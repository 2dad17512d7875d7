# covers: exc.TypeError, type.tuple, type.str
targets = [("tuple", (1, 2)), ("str", "ab"), ("bytes", b"ab"), ("range", range(3)), ("frozenset", frozenset([1]))]
for name, obj in targets:
    try:
        obj[0] = 9
    except TypeError as e:
        print(name, "setitem:", e)
    try:
        del obj[0]
    except TypeError as e:
        print(name, "delitem:", e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1, 2).append(3)
except AttributeError as e:
    print("AttributeError:", e)

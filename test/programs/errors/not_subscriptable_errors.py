# covers: exc.TypeError, dunder.getitem
def f():
    pass
class C:
    pass
for obj in (5, None, f, C(), {1, 2}, 1.5):
    try:
        obj[0]
    except TypeError as e:
        print(e)
for obj in (5, None, C(), "s"):
    try:
        obj[0] = 1
    except TypeError as e:
        print(e)
try:
    del C()[0]
except TypeError as e:
    print(e)
try:
    {"a": 1}[0:1]
except TypeError as e:
    print(e)

# covers: exc.NameError
try:
    print(undefined_variable)
except NameError as e:
    print("NameError:", e, e.args)
def f():
    return also_missing + 1
try:
    f()
except NameError as e:
    print("NameError:", e)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
class C:
    attr = 1
    def m(self):
        return attr
try:
    C().m()
except NameError as e:
    print("NameError:", e)

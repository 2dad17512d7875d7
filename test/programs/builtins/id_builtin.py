# covers: builtin.func.id
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), type(id(a)).__name__, id(a) > 0)
x = object()
ids = {id(x)}
print(id(x) in ids, (a is b) == (id(a) == id(b)))
def same(obj):
    return id(obj)
print(same(a) == id(a))

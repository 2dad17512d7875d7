# covers: lang.stmt.global
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def read_only():
    return counter * 10
print(read_only())
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)

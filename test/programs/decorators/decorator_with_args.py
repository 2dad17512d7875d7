# covers: lang.func.decorator
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hi(n):
    return "hi" * n
print(hi(2))
def prefix(p, sep=": "):
    def deco(fn):
        def wrapper(msg):
            return p + sep + fn(msg)
        return wrapper
    return deco
@prefix("LOG")
@prefix("mod", sep="/")
def log(m):
    return m
print(log("started"))

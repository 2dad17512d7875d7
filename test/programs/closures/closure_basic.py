# covers: lang.func.closure
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def outer():
    msg = "captured"
    def inner():
        return msg.upper()
    return inner
print(outer()())
def power_table(exps):
    return [lambda x, e=e: x ** e for e in exps]
print([f(2) for f in power_table([1, 2, 3])])
def nested(a):
    def level1(b):
        def level2(c):
            return a + b + c
        return level2
    return level1
print(nested(1)(10)(100))

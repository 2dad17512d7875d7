# covers: module.functools.partial
import functools
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
two_to = functools.partial(power, 2)
print(square(5), cube(2), two_to(10), two_to(10, mod=7), square(4, exp=3))
print(square.func is power, square.args, square.keywords, two_to.args)
int2 = functools.partial(int, base=2)
print(int2("1011"), list(map(int2, ["1", "10", "11"])))
join_dash = functools.partial("-".join)
print(join_dash("abc"))
nested = functools.partial(functools.partial(power, 3), 4)
print(nested(), nested.args)
print(callable(square), type(square).__name__)

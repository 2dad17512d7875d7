# covers: lang.func.varargs
def total(*nums):
    print(type(nums).__name__, len(nums), nums)
    return sum(nums)
print(total(), total(1), total(1, 2, 3))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(1, c=3), mixed(1, 2, 3, 4, c=5, e=6))

# covers: tier.jit
# Names and strings that mean something to JavaScript must behave exactly as in CPython in
# compiled code: attribute, variable and dict-key names, and string contents.
class Obj:
    pass


def attrs(n):
    o = Obj()
    total = 0
    for i in range(n):
        o.__proto__ = i
        o.constructor = i * 2
        o.toString = "t%d" % i
        o.hasOwnProperty = i % 3 == 0
        o.valueOf = None
        total += o.__proto__ + o.constructor
    return total, o.toString, o.hasOwnProperty, o.valueOf, sorted(vars(o))


def keys(n):
    d = {}
    for i in range(n):
        for k in ("__proto__", "constructor", "toString", "hasOwnProperty", "prototype", "length"):
            d[k] = d.get(k, 0) + i
    return d


def strings(n):
    parts = []
    for i in range(n):
        s = 'quote " and \' */ /* \\ back\u2028line\u2029para\n' + str(i)
        parts.append(len(s))
    return sum(parts), repr(s)


def local_names(n):
    constructor = 0
    __proto__ = 1
    toString = 2
    hasOwnProperty = 3
    arguments = 4
    eval_ = 5
    for i in range(n):
        constructor += __proto__ + toString
        hasOwnProperty = hasOwnProperty + arguments - eval_
    return constructor, hasOwnProperty


print(attrs(3000))
print(keys(2000))
print(strings(1500))
print(local_names(4000))
__proto__ = 0
constructor = "c"
for i in range(2000):
    __proto__ += i
print(__proto__, constructor)

# covers: module.operator.functions, module.operator.getters, module.functools.reduce
import operator
from functools import reduce
records = [("bob", 3, 9.5), ("amy", 3, 7.0), ("cid", 1, 9.5), ("dee", 2, 8.25)]
print(sorted(records, key=operator.itemgetter(1, 0)))
print(sorted(records, key=operator.itemgetter(2), reverse=True))
print(reduce(operator.add, map(operator.itemgetter(1), records)), reduce(operator.mul, range(1, 7)))
print(list(map(operator.neg, [1, -2, 3])), list(map(operator.pow, [2, 3], [3, 2])))
print(reduce(operator.or_, [1, 2, 4, 8]), reduce(operator.xor, [5, 3, 5]), reduce(operator.concat, ["a", "b", "c"]))
print(list(filter(operator.truth, [0, 1, "", "x", None])), operator.not_([]))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv}
print([f"7 {sym} 2 = {fn(7, 2)}" for sym, fn in ops.items()])

# covers: module.operator.functions
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(32, 2))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 3))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.concat([1], [2]))
print(op.index(7), op.matmul.__name__, op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.imul("ab", 2))
print(sorted([("b", 2), ("a", 3)], key=op.itemgetter(1)), list(map(op.mul, [1, 2], [3, 4])))

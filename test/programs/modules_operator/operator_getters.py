# covers: module.operator.getters
import operator
from collections import namedtuple
rows = [{"name": "b", "age": 30}, {"name": "a", "age": 25}, {"name": "c", "age": 30}]
print([r["name"] for r in sorted(rows, key=operator.itemgetter("age", "name"))])
get1 = operator.itemgetter(1)
get_multi = operator.itemgetter(0, -1)
print(get1("abc"), get1([10, 20]), get_multi("hello"), operator.itemgetter(slice(1, 3))("abcd"))
P = namedtuple("P", "x y")
pts = [P(3, 1), P(1, 2), P(2, 0)]
print(sorted(pts, key=operator.attrgetter("y")), operator.attrgetter("x", "y")(pts[0]))
class Node:
    def __init__(self, name, child=None):
        self.name, self.child = name, child
print(operator.attrgetter("child.name")(Node("a", Node("b"))))
up = operator.methodcaller("upper")
rep = operator.methodcaller("replace", "a", "o")
print(up("abc"), rep("banana"), list(map(operator.methodcaller("split", ","), ["a,b", "c"])))
d = {}
operator.setitem(d, "k", 1)
print(operator.getitem(d, "k"), d)
operator.delitem(d, "k")
print(d)

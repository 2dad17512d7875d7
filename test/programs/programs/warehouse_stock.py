# covers: program.inventory, dunder.hash, dunder.eq, lang.class.slots, type.str.format, lang.class.user_exception
# An inventory with money arithmetic, namedtuple records, reports and stock errors.
from collections import defaultdict, namedtuple, Counter
from functools import total_ordering
import math

Item = namedtuple("Item", "sku name price qty")

class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku

@total_ordering
class Money:
    __slots__ = ("cents",)
    def __init__(self, cents):
        self.cents = int(cents)
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    __radd__ = lambda self, other: self if other == 0 else self.__add__(other)
    def __mul__(self, k):
        return Money(round(self.cents * k))
    def __eq__(self, o):
        return isinstance(o, Money) and o.cents == self.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        d, c = divmod(abs(self.cents), 100)
        return f"{sign}${d:,}.{c:02d}"

class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, sku, name, price, qty=0):
        if sku in self.items:
            it = self.items[sku]
            self.items[sku] = it._replace(qty=it.qty + qty)
        else:
            self.items[sku] = Item(sku, name, Money(price), qty)
        self.log.append(("add", sku, qty))
    def remove(self, sku, qty):
        it = self.items.get(sku)
        if it is None:
            raise KeyError(sku)
        if it.qty < qty:
            raise OutOfStock(sku, qty, it.qty)
        self.items[sku] = it._replace(qty=it.qty - qty)
        self.log.append(("remove", sku, qty))
        return it.price * qty
    def value(self):
        return sum((it.price * it.qty for it in self.items.values()), Money(0))
    def report(self):
        lines = []
        for it in sorted(self.items.values(), key=lambda i: (-i.qty, i.name)):
            lines.append(f"{it.sku:<6}|{it.name:^12}|{str(it.price):>10}|{it.qty:5d}")
        return "\n".join(lines)

inv = Inventory()
inv.add("A1", "widget", 250, 10)
inv.add("B2", "gadget", 1999, 3)
inv.add("C3", "doohickey", 5, 1000)
inv.add("A1", "widget", 250, 5)
print(inv.report())
print("total", inv.value())
try:
    inv.remove("B2", 5)
except OutOfStock as e:
    print("error:", e, e.sku, e.args)
try:
    inv.remove("ZZ", 1)
except KeyError as e:
    print("missing", e, repr(e))
print(inv.remove("C3", 333))
print(Money(123456789) > Money(5), Money(5) <= Money(5), sorted([Money(3), Money(1), Money(2)]))
counts = Counter()
by_kind = defaultdict(list)
for kind, sku, q in inv.log:
    counts[kind] += q
    by_kind[sku].append(kind)
print(counts.most_common(), dict(by_kind))
total = Money(0)
for i in range(5000):
    total = total + Money(i % 7)
print(total, repr(total), sum([Money(1), Money(2)]))
print({Money(1), Money(1), Money(2)} == {Money(2), Money(1)})
print(math.isclose(0.1 + 0.2, 0.3), f"{math.pi:.3e}", f"{1234567.891:,.2f}", f"{0.000123:g}")
print(Item._fields, Item("x", "y", 1, 2)._asdict())

# covers: program.inventory
"""Inventory report: namedtuples, Counter/defaultdict grouping, sorting by several keys, formatting."""
from collections import namedtuple, Counter, defaultdict
from functools import reduce
import operator

Item = namedtuple("Item", "sku name category qty price")
Sale = namedtuple("Sale", "sku qty day")

RAW = """
A100,Widget,tools,40,2.50
A101,Gadget,tools,15,12.00
B200,Apple,food,120,0.40
B201,Pear,food,0,0.55
C300,Novel,books,7,15.99
C301,Atlas,books,3,42.00
A102,Sprocket,tools,60,0.75
"""

inventory = {}
for line in RAW.strip().splitlines():
    sku, name, cat, qty, price = line.split(",")
    inventory[sku] = Item(sku, name, cat, int(qty), float(price))

sales = [Sale("A100", 5, "mon"), Sale("B200", 30, "mon"), Sale("C300", 2, "tue"),
         Sale("A100", 10, "tue"), Sale("B200", 50, "wed"), Sale("A102", 60, "wed"),
         Sale("C301", 1, "wed"), Sale("B201", 1, "thu"), Sale("ZZZZ", 1, "thu")]

errors = []
revenue_by_day = defaultdict(float)
units = Counter()
for s in sales:
    item = inventory.get(s.sku)
    if item is None:
        errors.append(f"unknown sku {s.sku}")
        continue
    if s.qty > item.qty:
        errors.append(f"{item.name}: wanted {s.qty}, only {item.qty} left")
        continue
    inventory[s.sku] = item._replace(qty=item.qty - s.qty)
    revenue_by_day[s.day] += s.qty * item.price
    units[item.name] += s.qty

print(f"{'SKU':<6}{'Name':<10}{'Cat':<7}{'Qty':>5}{'Price':>8}{'Value':>9}")
print("-" * 45)
for it in sorted(inventory.values(), key=lambda i: (i.category, -i.qty * i.price, i.sku)):
    flag = " LOW" if it.qty < 10 else ""
    print(f"{it.sku:<6}{it.name:<10}{it.category:<7}{it.qty:>5}{it.price:>8.2f}{it.qty * it.price:>9.2f}{flag}")

by_cat = defaultdict(list)
for it in inventory.values():
    by_cat[it.category].append(it)
print()
for cat in sorted(by_cat):
    items = by_cat[cat]
    value = sum(i.qty * i.price for i in items)
    print(f"{cat:>6}: {len(items)} items, {sum(i.qty for i in items):>4} units, value {value:>8.2f}")
total = reduce(operator.add, (i.qty * i.price for i in inventory.values()))
print(f"{'total':>6}: value {total:.2f}")
print()
for day in ["mon", "tue", "wed", "thu"]:
    print(f"{day}: {revenue_by_day[day]:8.2f} {'#' * int(revenue_by_day[day] // 5)}")
print("best sellers:", units.most_common(3))
print("errors:")
for e in errors:
    print("  -", e)
print("out of stock:", [i.name for i in inventory.values() if i.qty == 0])
print("most valuable:", max(inventory.values(), key=lambda i: i.qty * i.price).name)


def reorder_plan(items, target=20, budget=150.0):
    """Greedy restock: cheapest shortfall first, whole units only, within a budget."""
    plan, spent = [], 0.0
    for it in sorted(items, key=lambda i: (i.price, i.sku)):
        need = max(0, target - it.qty)
        if not need:
            continue
        affordable = int((budget - spent) // it.price)
        buy = min(need, affordable)
        if buy:
            plan.append((it.sku, it.name, buy, round(buy * it.price, 2)))
            spent = round(spent + buy * it.price, 2)
    return plan, spent


print()
plan, spent = reorder_plan(inventory.values())
for sku, name, n, cost in plan:
    print(f"reorder {sku} {name:<9} x{n:<3} {cost:>7.2f}")
print(f"spent {spent:.2f} of 150.00")

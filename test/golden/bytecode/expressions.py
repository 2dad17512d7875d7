def describe(items, **options):
    squares = [x * x for x in items if x > 0]
    names = {str(x): x for x in items}
    label = f"{len(items)} items, first={items[0]!r:>5}"
    a, *rest = items
    return label, squares, names, rest, max(*items, **options), (a if a else None)

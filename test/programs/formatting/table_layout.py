# covers: type.str.ljust, lang.fstring.spec, type.str.format
rows = [("Widget", 4, 3.5), ("Gadget-Pro", 12, 19.99), ("Nut", 1000, 0.05)]
header = f"{'Item':<12}|{'Qty':>6}|{'Price':>8}|{'Total':>10}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(f"{name:<12}|{qty:>6}|{price:>8.2f}|{qty * price:>10.2f}")
print("=" * len(header))
print("{:<12}|{:>6}|{:>8}|{:>10.2f}".format("Sum", sum(r[1] for r in rows), "", sum(r[1] * r[2] for r in rows)))
print("|".join(s.center(9) for s in ("a", "bb", "ccc")))

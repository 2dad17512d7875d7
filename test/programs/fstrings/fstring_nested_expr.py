# covers: lang.literal.fstring
items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("kiwi", 2.0, 1)]
for name, price, qty in items:
    print(f"{name:<8}{price:>6.2f} x{qty:>3} = {price * qty:>7.2f}")
total = sum(p * q for _, p, q in items)
print(f"{'TOTAL':<8}{'':>11}{total:>10.2f}")
print(f"{', '.join(f'{n}={q}' for n, _, q in items)}")
data = {"a": [1, 2, 3]}
print(f"{data['a'][-1]} {sum(data['a'])} {max(data['a']) ** 2}")
print(f"{'nested {braces}'}", f"{ 7 }", f"{7:}", f"{ {'a': 1}['a'] }")

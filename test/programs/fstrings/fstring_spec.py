# covers: lang.fstring.spec
v = 1234.5678
i = 255
print(f"{v:.2f}|{v:10.1f}|{v:<10.1f}|{v:>+10.2f}|{v:^12,.2f}|{v:012.3f}")
print(f"{i:d}|{i:5d}|{i:<5d}|{i:05d}|{i:x}|{i:#X}|{i:o}|{i:#b}|{i:,}|{i:+d}|{-i: d}")
print(f"{'s':5}|{'s':>5}|{'s':^5}|{'s':_<5}|{'long string':.4}|{'ab':*>6.1}")
w, p = 10, 3
print(f"{v:{w}.{p}f}|{'x':{'^'}{w}}|{i:{'#'}x}")
print(f"{1e6:.2e}|{0.000123:.3g}|{42:c}|{0.5:.0%}|{-1234567:,d}|{10**20:_d}")
print(f"{True:>6}|{None!s:>6}|{3:=+5}|{-3:=5}|{-3:<5}|")
try:
    print(f"{'abc':d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{3.5:d}")
except ValueError as e:
    print("ValueError:", e)

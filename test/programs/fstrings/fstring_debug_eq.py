# covers: lang.literal.fstring
x, y = 3, "hi"
print(f"{x=}", f"{y=}", f"{x + 1=}", f"{x = }", f"{y=!s}", f"{x=:>4}")
items = [1, 2]
print(f"{items=}", f"{len(items)=}", f"{3.5=:.1f}")

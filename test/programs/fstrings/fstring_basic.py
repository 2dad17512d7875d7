# covers: lang.literal.fstring
name, n = "world", 42
print(f"hello {name}", F"n={n}", f"{n + 1}", f"{name.upper()}", f"{[1, 2][0]}")
print(f"{{braces}}", f"{{{n}}}", f"{'quoted'}", f'{"dq"}', f"{n}{n}", f"")
d = {"k": "v"}
print(f"{d['k']}", f"{len(d)}", f"{'a' if n else 'b'}", f"{n * 2 = }" if False else f"{n*2}")
print(f"""multi
{name}""", rf"raw\{name}", fr"\n{n}")
x = 3
print(f"{x}" + f"{x}", f"{(lambda v: v * 2)(x)}", f"{x:>{x}}", f"{[i for i in range(x)]}")

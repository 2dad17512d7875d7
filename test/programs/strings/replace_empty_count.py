# covers: type.str.replace
# s.replace("", rep, count) inserts rep before each of the first `count` of the len(s) + 1
# positions, the end of the string included.
for s in ["", "a", "ab", "héllo"]:
    print([s.replace("", "|", n) for n in range(-1, 7)])
    print(s.replace("", ""), s.replace("", "xy", 2), s.replace("", "-", len(s) + 1))

# covers: lang.fstring.conversion
s = "hé\n"
print(f"{s!r}", f"{s!s}", f"{s!a}")
class C:
    def __str__(self):
        return "STR"
    def __repr__(self):
        return "REPR"
c = C()
print(f"{c}", f"{c!s}", f"{c!r}", f"{c!a}", f"{c!r:>8}", f"{[c]}")
print(f"{'x'!r:^7}", f"{3.0!s}", f"{None!r}")

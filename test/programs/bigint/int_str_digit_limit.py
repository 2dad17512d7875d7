# covers: type.int, lang.literal.fstring, type.str.percent, type.str.format
# Every decimal conversion of an int over 4300 digits (str, repr, f-strings, format(), %d)
# raises CPython's ValueError; hex/oct/bin and parsing limits behave as in CPython.
big = 10 ** 4300
conversions = [
    ("str", lambda: str(big)), ("repr", lambda: repr(-big)), ("f-string", lambda: f"{big}"),
    ("f-string spec", lambda: f"{big:>10}"), ("format ,", lambda: format(big, ",")), ("%d", lambda: "%d" % big),
    ("%i", lambda: "%i" % -big), ("str.format", lambda: "{}".format(big)), ("int()", lambda: int("9" * 4301)),
]
for name, convert in conversions:
    try:
        print(name, len(convert()))
    except ValueError as e:
        print(name, "ValueError:", e)
print(len(str(10 ** 4299)), len(hex(big)), len(bin(big)), len(f"{big:x}"), len("%o" % big), big.bit_length())
print(len(str(int("7" * 4300))), int("1" * 4300) % 9999)

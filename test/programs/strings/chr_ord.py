# covers: builtin.func.chr, builtin.func.ord
print(chr(65), chr(97), chr(48), chr(0x263A), chr(0x1F600) == "\U0001F600", repr(chr(0)), repr(chr(127)))
print(ord("A"), ord("a"), ord(" "), ord("é"), ord("\U0001F600"), ord(b"A"))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) - ord("a") for c in "hello"])
for bad in (lambda: chr(-1), lambda: chr(0x110000)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: ord("ab"), lambda: ord(""), lambda: ord(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

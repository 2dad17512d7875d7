# covers: lang.fstring.spec, type.int
for v in (0, 7, -7, 255, 65535, -(2**40)):
    print(f"{v:d}|{v:6d}|{v:<6d}|{v:^6d}|{v:x}|{v:#o}|{v:b}|{v:+,}|{v:e}")
print(f"{1000000:,}|{1000000:_}|{-1000:08,}|{0xabc:_x}|{7:08.3f}|{65:c}")
print(format(10, "n"), format(1234, "n"), format(3, ".2f"), format(3, "%"))

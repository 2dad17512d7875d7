# covers: type.bytes, builtin.func.repr
for b in (b"", b"plain", b"it's", b'say "x"', b"both'\"", b"\x00\t\n\r\x7f\x80\xff", bytes(range(30, 40))):
    print(repr(b), str(b), len(b))
print([b"a", b"\x01"], (b"z",), {b"k": b"v"})
print("%s|%r" % (b"x", b"y"), f"{b'q'}", f"{b'q'!r}")

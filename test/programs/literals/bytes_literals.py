# covers: lang.literal.bytes
b = b"hello"
print(b, type(b).__name__, len(b))
print(b"\x00\x01\xff", b'\n\t\\', b"it's", b'say "x"', b"'\"")
print(b[0], b[-1], b[1:3], list(b"AZ"))
print(B"upper", rb"\n", Rb"\d")
print(b"" == bytes(), b"abc" < b"abd", b"a" * 3, b"ab" + b"cd")
print(repr(b"\x7f\x80"), bytes([65, 66, 67]))

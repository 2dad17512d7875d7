# covers: type.bytes.methods, type.bytes
# bytes.maketrans/translate (table and delete), expandtabs and ASCII istitle.
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc-abc".translate(t), b"hello world".translate(None, b"lo"), b"abcabc".translate(t, b"b"))
print(b"a\tbc\td".expandtabs(), b"a\tb".expandtabs(4), b"\t".expandtabs(0), b"x\ny\tz".expandtabs(2))
print([b.istitle() for b in (b"Hello World", b"hello", b"Hello world", b"HELLO", b"", b"A1 B2", b"\xc0bc", b"Ab\xe9Cd")])
for f in (lambda: bytes.maketrans(b"ab", b"c"), lambda: b"x".translate(b"short"), lambda: b"x".translate("s"), lambda: bytes.maketrans("a", "b")):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(b"") if not n.startswith("_")) == sorted(n for n in dir(bytes) if not n.startswith("_")))

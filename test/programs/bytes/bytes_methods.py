# covers: type.bytes.methods
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.lower(), b.upper(), b.strip().swapcase())
print(b.split(), b"a,b,,c".split(b","), b",".join([b"x", b"y"]), b.strip().replace(b"l", b"L"))
print(b.find(b"World"), b.find(b"z"), b.count(b"l"), b.index(b"H"), b.rfind(b"o"))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")), b"123".isdigit(), b"ab".isalpha())
print(b"x".ljust(3, b"-"), b"x".rjust(3), b"x".center(5, b"*"), b"7".zfill(3))
print(b"a=b".partition(b"="), b"ab" * 2, b"abc" + b"def", b"hello".title(), b"hello".capitalize())
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), b"l1\nl2".splitlines())
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)

# covers: type.str.split
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,c".split(",", maxsplit=-1))
print("a b c d".split(None, 2), "".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("a::b::c".split("::"), "1-2-3".rsplit("-", 1), "  x y z ".rsplit(None, 1), "a b".rsplit())
print("line1\nline2\r\nline3\n".split("\n"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)

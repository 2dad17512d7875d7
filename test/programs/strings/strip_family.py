# covers: type.str.strip
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()), "hello".strip(""), "hello".strip("ol"))
print("www.example.com".strip("cmowz."), "0042".lstrip("0"), "3.1400".rstrip("0"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"))
print(repr("\u3000wide\u3000".strip()), repr("\x0b\x0cvt\x1c".strip()))

# covers: type.str.find
s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.find("o", 5, 8), s.find(""), s.find("", 100))
print(s.rfind("hello"), s.rfind("o"), s.rfind("o", 0, 5), s.rfind("zz"))
print(s.index("world"), s.rindex("l"), s.index("o", -5))
print(s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"), s.count("l", 0, 5))
for call in (lambda: s.index("xyz"), lambda: s.rindex("q"), lambda: s.index("w", 0, 3)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)

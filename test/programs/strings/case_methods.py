# covers: type.str.upper_lower
s = "Hello World ß ǅ"
print(s.upper(), s.lower(), s.casefold())
print("hello world".title(), "HELLO wORLD".swapcase(), "hello WORLD".capitalize())
print("they're bill's".title(), "3rd place".capitalize(), "ÉCOLE".lower())
print("abc".isupper(), "ABC".isupper(), "Abc".istitle(), "abc1".islower(), "123".islower())
print("straße".upper(), "İ".lower() == "i̇", len("İ".lower()))

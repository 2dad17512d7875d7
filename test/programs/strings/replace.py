# covers: type.str.replace
s = "one fish two fish red fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2), s.replace("fish", "cat", 0), s.replace("fish", "cat", -1))
print(s.replace("bird", "cat"), "aaa".replace("a", "bb"), "aaaa".replace("aa", "b"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("hello".replace("l", ""), "a.b.c".replace(".", ", "))

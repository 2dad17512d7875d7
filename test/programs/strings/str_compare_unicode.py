# covers: type.str, builtin.func.ord
words = ["banana", "Apple", "cherry", "apple", "Banana", "äpfel", "zebra", "Zebra", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print("a" < "b" < "ba", "Z" < "a", "é" > "z", "abc" == "abc", "a" != "A")
print(len("naïve"), len("日本語"), "日本語"[1], ord("€"), chr(8364), "\u20ac" == "€")
print(max("hello"), min("hello"), sorted("hello"), "é".upper(), "ǆ".title())

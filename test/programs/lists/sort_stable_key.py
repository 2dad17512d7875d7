# covers: type.list.sort_stable
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
multi = sorted(people, key=lambda p: (-p[1], p[0]))
print(multi)
s = sorted(people, key=lambda p: p[0], reverse=True)
s.sort(key=lambda p: p[1])
print(s)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))

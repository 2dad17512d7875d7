# covers: type.str, lang.stmt.for
for ch in "abc":
    print(ch, ord(ch))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list("hi"), tuple("hi"), sorted(set("mississippi")), "".join(reversed("stressed")))
print(list(enumerate("xy")), list(zip("ab", "cd")))

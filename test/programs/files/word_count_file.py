# covers: file.iterate, type.str.split, type.dict.get
name = "_tmp_word_count_file.txt"
poem = """The fog comes
on little cat feet.
It sits looking
over harbor and city
on silent haunches
and then moves on."""
with open(name, "w") as f:
    f.write(poem)
counts = {}
lines = words = chars = 0
with open(name) as f:
    for line in f:
        lines += 1
        chars += len(line)
        for w in line.split():
            w = w.strip(".").lower()
            words += 1
            counts[w] = counts.get(w, 0) + 1
print(lines, words, chars)
print(sorted(((n, w) for w, n in counts.items() if n > 1), reverse=True))

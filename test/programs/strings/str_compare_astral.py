# covers: type.str, lang.expr.compare, type.list.sort
# str comparisons follow code points: an astral character (U+10000 and up, two UTF-16 units
# starting with a surrogate) sorts after every BMP character, including U+E000..U+FFFF.
astral = "\U0001F600"
high_bmp = ["\uffff", "\ufffd", "\ue000", "\uff21"]
print([astral < c for c in high_bmp], [astral > c for c in high_bmp])
print([astral <= c for c in high_bmp], [c >= astral for c in high_bmp], astral == "\U0001F600")
words = ["x" + astral, "x\uffff", "x", "\U00010000", "\ufffd!", "y", "x\ue000z", astral + astral]
print([w.encode("utf-8").hex() for w in sorted(words)])
print([w.encode("utf-8").hex() for w in sorted(words, reverse=True, key=lambda w: w[::-1])])
print(max(words).encode("utf-8").hex(), min(words, key=lambda w: w[-1:]).encode("utf-8").hex())
print(sorted([(w, i) for i, w in enumerate(words)])[-1][1], ("\uffff",) < (astral,), ["a\uffff"] > ["a" + astral])

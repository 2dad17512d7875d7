# covers: type.str, lang.expr.slice, lang.expr.slice_negative, type.str.find
# Indexing and slicing long strings (ASCII and astral) in turn, interleaved with short
# strings: the per-string surrogate answer must never leak from one string to another.
ascii_text = "abcdefghij" * 30
astral_text = "x\U0001F600y" * 100
bmp_text = "\u00e9t\u00e9" * 100
other_ascii = "0123456789" * 30
texts = [ascii_text, astral_text, bmp_text, other_ascii, astral_text, ascii_text]

total = 0
pieces = []
for i in range(0, 300, 7):
    for t in texts:
        ch = t[i % len(t)]
        total += ord(ch)
        if "a" in " a\U0001F600" and t[-1 - i % 5] != "?":
            total += len(t[i:i + 3])
    pieces.append(astral_text[i] + ascii_text[i] + bmp_text[i] + astral_text[i:i + 2])
print(total)
print(len(ascii_text), len(astral_text), len(bmp_text))
print("".join(pieces[:8]).encode("utf-8").hex())
print(astral_text[3:9].encode("utf-8").hex(), astral_text[::97].encode("utf-8").hex())
print(astral_text.find("y", 100), ascii_text.find("j", 100), astral_text[-2] == "\U0001F600")
print([ord(astral_text[k]) for k in (0, 1, 2, 298, 299, -1)])

# covers: type.str.encode, type.bytes.methods
texts = ["hello", "héllo", "日本語", "emoji \U0001F600", "mix €1"]
for t in texts:
    enc = t.encode("utf-8")
    print(len(t), len(enc), enc, enc.decode("utf-8") == t)
print("é".encode("latin-1"), b"\xe9".decode("latin-1"), "A".encode("utf-16-le") if False else "skip")
print(list("hé".encode()), bytes([104, 195, 169]).decode())

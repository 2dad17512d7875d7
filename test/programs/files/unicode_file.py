# covers: file.write_read, type.str.encode
name = "_tmp_unicode_file.txt"
text = "héllo wörld\n日本語\nemoji \U0001F600\n"
with open(name, "w", encoding="utf-8") as f:
    print(f.write(text))
with open(name, encoding="utf-8") as f:
    back = f.read()
print(back == text, len(back))
for line in back.splitlines():
    print(line, len(line), len(line.encode("utf-8")))

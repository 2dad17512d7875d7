# covers: builtin.func.open, file.write_read
name = "_tmp_write_read_text.txt"
with open(name, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.write("third line without newline")
print("wrote", n)
with open(name) as f:
    content = f.read()
print(repr(content))
print(len(content), content.count("\n"))
with open(name, "r") as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.readline()))

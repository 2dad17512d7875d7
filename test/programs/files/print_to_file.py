# covers: builtin.func.print_file, file.write_read
name = "_tmp_print_to_file.txt"
with open(name, "w") as out:
    print("header", file=out)
    print(1, 2, 3, sep=",", file=out)
    print("no newline", end="", file=out)
with open(name) as inp:
    text = inp.read()
print(repr(text))
print(text.splitlines())

# covers: file.iterate
name = "_tmp_readlines_iteration.txt"
with open(name, "w") as f:
    for i in range(1, 6):
        f.write(f"row {i}: {'*' * i}\n")
with open(name) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end="")
with open(name) as f:
    for lineno, line in enumerate(f, 1):
        print(lineno, line.rstrip("\n"))
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()))
    rest = list(f)
print(len(rest), rest[-1].strip())
with open(name) as f:
    total = sum(len(line) for line in f)
print(total)

# covers: lang.stmt.with, file.close
name = "_tmp_with_closes_file.txt"
with open(name, "w") as f:
    print(f.closed, f.name, f.mode)
    f.write("data")
print(f.closed)
try:
    f.write("more")
except ValueError as e:
    print("ValueError:", e)
g = open(name)
print(g.read(), g.closed)
g.close()
print(g.closed)
try:
    g.read()
except ValueError as e:
    print("ValueError:", e)
try:
    with open(name) as h:
        raise RuntimeError("error inside with")
except RuntimeError as e:
    print(e, "| closed after error:", h.closed)

# covers: file.append
name = "_tmp_append_mode.txt"
with open(name, "w") as f:
    f.write("start\n")
for i in range(3):
    with open(name, "a") as f:
        f.write(f"appended {i}\n")
with open(name) as f:
    print(f.read(), end="")
with open(name, "w") as f:
    f.write("overwritten\n")
with open(name) as f:
    print(f.read(), end="")

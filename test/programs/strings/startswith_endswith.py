# covers: type.str.startswith
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.startswith(""))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(".tar", 0, 12), s.endswith(("zip", "gz")))
print(s.startswith(("x", "y")), s.startswith(("x", "fi")), "".startswith(""), "".endswith("a"))
print(s.startswith("name", -11), s.endswith("file", 0, 4))
try:
    s.startswith(["file"])
except TypeError as e:
    print("TypeError:", e)

# covers: type.str.join
print(", ".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"), "|".join([]))
print(" ".join(str(i) for i in range(5)), "\n".join(("l1", "l2")))
print("ab".join(("1", "2", "3")), ",".join({"k1": 1, "k2": 2}), "+".join(["solo"]))
try:
    ", ".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    "".join(5)
except TypeError as e:
    print("TypeError:", e)

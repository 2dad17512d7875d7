# covers: builtin.func.str
print(str(42), str(-1.5), str(1e20), str([1, "a"]), str({"k": (1,)}), str(None), str(True), str(str))
print(str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str())
class S:
    def __str__(self):
        return "custom"
print(str(S()), str(S()) == format(S()))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

# covers: builtin.func.print
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued", end="!\n")
print(1, 2.5, None, True, [1], sep=" | ", end=" END\n")
print(*range(5), sep="-")
print("x", sep=None, end=None)
print("multi\nline", "arg")
print("", "", sep="*")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)

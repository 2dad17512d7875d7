# covers: lang.literal.str_concat
s = "abc" 'def' """ghi"""
print(s)
t = ("first part, "
     "second part, "
     r"raw\part")
print(t)
b = b"by" b'tes'
print(b)
print("x" "y" == "xy", len("a" "b" "c"))
n = 3
print("value: " f"{n}" " end")

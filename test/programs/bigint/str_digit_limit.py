# covers: builtin.func.str, exc.ValueError
n = 10**4299
print(len(str(n)))
big = 10**5000
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(big.bit_length(), hex(big)[:12])

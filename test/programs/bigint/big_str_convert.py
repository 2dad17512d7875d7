# covers: builtin.func.int, builtin.func.str, lang.literal.int
n = int("9" * 100)
print(n + 1 == 10**100, len(str(n)), str(n)[:5])
m = int("-" + "123456789" * 10)
print(m, m % 97)
print(int("1" * 64, 2) == 2**64 - 1, int("f" * 40, 16))
print(str(2**256))
print(repr(-(2**128)), f"{2**100:,}", f"{2**100:x}", f"{-(2**70):>30}")
print(f"{3**50:e}", f"{10**25:.3e}", "%d" % 10**25, "%x" % 2**80)

# covers: lang.expr.arith, type.str
s = "ab"
print(s + "cd", s * 3, 3 * s, s * 0, s * -2, repr(s * 0))
t = "x"
t += "y"
t *= 2
print(t, "a" < "b", "abc"[::-1])
print("%d items" % 3, "-" * 10)
print(("=" * 3).join(["a", "b"]))

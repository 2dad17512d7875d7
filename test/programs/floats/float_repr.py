# covers: type.float, builtin.func.repr
vals = [0.1, 0.5, 1.0, 2.675, 1/3, 2/3, 100.0, 1e16, 1e15 + 0.3, 123456789.123456789,
        1e-4, 1e-5, 0.000123, 1.5e300, -2.5e-300, 9007199254740993.0, 0.1 * 3, 4.35 * 100]
for v in vals:
    print(repr(v), str(v))
print(float("1.10"), float("-0"), float("  3.5\n"), float("1_000.25"), float("1e3"), float(".5"))
print([1.0, 2.5], (0.1,), {0.5: 1.5})

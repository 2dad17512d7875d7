# covers: builtin.func.bool
print(bool(), bool(0), bool(1), bool(-0.0), bool(1e-300), bool(""), bool("False"), bool([]), bool([False]))
print(bool({}), bool({0: 0}), bool(()), bool((None,)), bool(None), bool(range(0)), bool(b""), bool(b"\x00"))
print(type(bool(1)).__name__, bool(True) is True, bool(0) is False, bool(float("nan")))
print(bool("0"), bool(" "), bool(0.0), [bool(x) for x in (1, 0, -1, 2**100)])

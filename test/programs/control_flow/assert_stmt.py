# covers: lang.stmt.assert, exc.AssertionError
assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert [], "list was empty"
except AssertionError as e:
    print("AssertionError", e)
try:
    x = 5
    assert x < 0, f"x must be negative, got {x}"
except AssertionError as e:
    print(e)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
print(issubclass(AssertionError, Exception))

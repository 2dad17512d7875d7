# covers: lang.stmt.raise_from
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad config {text!r}") from e
try:
    load("abc")
except ConfigError as e:
    print(e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("hidden context") from None
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise ValueError("x") from TypeError("explicit cause")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError("y") from 5
except TypeError as e:
    print("TypeError:", e)

# covers: lang.stmt.raise
def inner():
    raise ValueError("original")
def middle():
    try:
        inner()
    except ValueError:
        print("middle logs and re-raises")
        raise
try:
    middle()
except ValueError as e:
    print("outer got", e)
try:
    raise TypeError
except TypeError as e:
    print("raised class, instance created:", repr(e))
try:
    e = KeyError("saved")
    raise e
except KeyError as caught:
    print(caught is e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)

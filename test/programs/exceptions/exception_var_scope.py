# covers: lang.stmt.try_except, exc.NameError
e = "before"
try:
    raise ValueError("inside")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
saved = None
try:
    raise KeyError("kept")
except KeyError as exc:
    saved = exc
print("saved survives:", repr(saved))

# covers: lang.stmt.try_except
def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("bad type")
    if kind == "key":
        return {}["missing"]
    return "ok"
for k in ("value", "type", "key", "none"):
    try:
        r = risky(k)
        print("result", r)
    except ValueError as e:
        print("ValueError branch:", e)
    except (TypeError, KeyError) as e:
        print("tuple branch:", type(e).__name__, e)
try:
    1 / 0
except:
    print("bare except caught it")
try:
    [][1]
except LookupError as e:
    print("caught by base class:", type(e).__name__)
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("not here")
except KeyError as e:
    print("outer caught", e)

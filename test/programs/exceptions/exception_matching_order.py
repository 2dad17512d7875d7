# covers: lang.stmt.try_except, exc.hierarchy
def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "ZeroDivisionError handler"
    except ArithmeticError:
        return "ArithmeticError handler"
    except (KeyError, IndexError) as e:
        return f"lookup handler for {type(e).__name__}"
    except Exception as e:
        return f"generic handler for {type(e).__name__}"
for exc in (ZeroDivisionError(), OverflowError(), KeyError(), IndexError(), ValueError(), UnicodeDecodeError("utf-8", b"x", 0, 1, "bad")):
    print(classify(exc))
handlers = (TypeError, ValueError)
try:
    raise ValueError("dynamic tuple")
except handlers as e:
    print("matched", e)

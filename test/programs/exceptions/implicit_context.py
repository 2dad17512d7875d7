# covers: lang.stmt.try_except, traceback.context
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)
try:
    try:
        raise KeyError("a")
    finally:
        pass
except KeyError as e:
    print("no context:", e.__context__)
def cleanup_fails():
    try:
        raise OSError("disk")
    finally:
        raise RuntimeError("cleanup failed")
try:
    cleanup_fails()
except RuntimeError as e:
    print(e, "<-", repr(e.__context__))

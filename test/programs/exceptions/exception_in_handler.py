# covers: lang.stmt.try_except, traceback.context
def handler_fails():
    try:
        int("x")
    except ValueError as e:
        return e.missing_attribute
try:
    handler_fails()
except AttributeError as e:
    print("AttributeError:", e)
    print("context:", type(e.__context__).__name__, e.__context__)
try:
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise TypeError("second")
        except TypeError:
            raise IndexError("third")
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))

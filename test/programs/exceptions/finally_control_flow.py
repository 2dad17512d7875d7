# covers: lang.stmt.try_finally, lang.stmt.break, lang.stmt.continue
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f"loop broken, exception discarded at i={i}"
print(break_in_finally())
def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            seen.append(i)
        finally:
            continue
    return seen
print(continue_in_finally())
def nested_finally():
    out = []
    try:
        try:
            out.append("inner try")
            return out
        finally:
            out.append("inner finally")
    finally:
        out.append("outer finally")
print(nested_finally())
def return_value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(return_value_captured())
def exception_replaced():
    try:
        raise ValueError("first")
    finally:
        try:
            raise KeyError("second")
        except KeyError:
            pass
try:
    exception_replaced()
except ValueError as e:
    print("original survives:", e)

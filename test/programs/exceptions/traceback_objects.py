# covers: traceback.frames, lang.stmt.try_except, exc.hierarchy
# e.__traceback__ is a chain of traceback objects from the catching frame to the raise point:
# tb_lineno, tb_next, tb_frame.f_code; with_traceback() and assigning None replace it.
def inner(x):
    return 1 / x


def outer():
    return inner(0)


try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    steps = []
    while tb is not None:
        steps.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(steps, e.__traceback__ is e.__traceback__, type(e.__traceback__).__name__)
    saved = e
print(ValueError("never raised").__traceback__)
copy = ValueError("copy").with_traceback(saved.__traceback__)
print(copy.__traceback__.tb_next.tb_frame.f_code.co_name, copy.__traceback__.tb_next.tb_frame.f_lineno)
try:
    raise copy
except ValueError as e:
    depth = 0
    t = e.__traceback__
    while t:
        depth += 1
        t = t.tb_next
    print("frames:", depth)
try:
    raise KeyError("k")
except KeyError as e:
    e.__traceback__ = None
    print(e.__traceback__)
raise saved.with_traceback(None)

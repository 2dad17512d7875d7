# covers: type.list, lang.func.first_class, lang.stmt.import_builtin
# Calling a built-in method through its class: no argument, or one of the wrong type, is
# CPython's TypeError naming the method or the class.
import collections
for f in (lambda: collections.deque.append(), lambda: collections.deque.append(1, 2), lambda: list.append(), lambda: str.upper(5)):
    try:
        f()
    except TypeError as e:
        print(e)

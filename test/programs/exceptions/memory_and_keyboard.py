# covers: exc.MemoryError, exc.KeyboardInterrupt
try:
    raise MemoryError("simulated out of memory")
except MemoryError as e:
    print("MemoryError:", e, isinstance(e, Exception))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not caught by Exception")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt caught", repr(e), isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise KeyboardInterrupt("with message")
except BaseException as e:
    print(type(e).__name__, e)

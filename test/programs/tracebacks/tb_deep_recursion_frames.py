# covers: traceback.frames, lang.func.recursion
def countdown(n):
    if n == 0:
        raise ZeroDivisionError("reached zero")
    countdown(n - 1)

countdown(3)

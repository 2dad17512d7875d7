# covers: traceback.frames
def bounce(n):
    if n == 0:
        raise RuntimeError("bottom of recursion")
    bounce(n - 1)

bounce(20)

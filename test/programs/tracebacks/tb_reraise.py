# covers: traceback.frames, lang.stmt.raise
def risky():
    return [1, 2, 3][10]

def wrapper():
    try:
        risky()
    except IndexError:
        print("logging the error, then re-raising")
        raise

wrapper()

# covers: traceback.frames
def validate(n):
    if n < 0:
        raise ValueError("negative size")
    return n

class Settings:
    size = validate(4)
    other = validate(-1)

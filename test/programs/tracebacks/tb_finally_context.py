# covers: traceback.context, lang.stmt.try_finally
def process():
    try:
        raise ValueError("primary failure")
    finally:
        cleanup()

def cleanup():
    raise OSError("cleanup also failed")

process()

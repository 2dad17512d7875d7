# covers: traceback.suppress_context
def convert(s):
    try:
        return float(s)
    except ValueError:
        raise TypeError("expected a numeric string") from None

convert("abc")

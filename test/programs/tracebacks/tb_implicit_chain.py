# covers: traceback.context
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"no entry for {key!r}")

lookup({"a": 1}, "b")

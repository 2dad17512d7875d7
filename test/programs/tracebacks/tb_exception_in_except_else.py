# covers: traceback.context
def parse_all(items):
    out = []
    for it in items:
        try:
            v = int(it)
        except ValueError:
            out.append(None)
        else:
            out.append(100 // v)
    return out

print(parse_all(["4", "x"]))
print(parse_all(["0"]))

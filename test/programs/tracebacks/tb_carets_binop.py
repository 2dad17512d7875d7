# covers: traceback.carets
def ratio(a, b):
    return a / b

values = [4, 2, 0]
results = [ratio(10, v) for v in values]

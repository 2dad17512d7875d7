# covers: traceback.basic
def report(errors):
    raise ValueError("several problems:\n  - " + "\n  - ".join(errors))

report(["missing name", "bad age"])

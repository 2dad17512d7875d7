# try/except/finally in a loop: handlers run in the interpreter after an exit.
def safe_div(values):
    out = []
    for v in values:
        try:
            out.append(10 // v)
        except ZeroDivisionError:
            out.append(None)
        finally:
            out.append("|")
    return out


for _ in range(3):
    print(safe_div([1, 2, 0, 5]))

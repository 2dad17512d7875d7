# covers: lang.stmt.if
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for v in (-5, 0, 3, 10, 99):
    print(v, classify(v))
x = []
if x:
    print("truthy")
else:
    print("empty list is falsy")
if 0: print("no")
elif "": print("no")
elif [0]: print("non-empty list is truthy")
if None is None and not 0:
    pass
print("done")

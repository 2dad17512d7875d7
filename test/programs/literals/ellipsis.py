# covers: lang.literal.ellipsis
print(...)
print(Ellipsis, ... is Ellipsis, type(...).__name__)
def stub():
    ...
print(stub())
x = [1, ..., 3]
print(x, repr(...), bool(...))

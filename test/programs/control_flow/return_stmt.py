# covers: lang.stmt.return
def none_implicit():
    x = 1
def none_explicit():
    return
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > 10:
            return i
    return -1
def in_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(none_implicit(), none_explicit(), multi(), early(10), early(2))
print(in_finally())
def override():
    try:
        return 1
    finally:
        return 2
print(override())

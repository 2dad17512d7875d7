# covers: traceback.suggestions, traceback.basic
# True, False and None live in builtins too, so a NameError for a near miss such as `true`
# suggests them, as CPython 3.11 does.
def load(flags):
    try:
        return [Fals for _ in flags]
    except NameError as e:
        print("caught:", e)
    return flags


print(load([1, 2]))
settings = {"debug": true}

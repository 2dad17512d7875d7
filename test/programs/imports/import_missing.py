# covers: exc.ModuleNotFoundError, exc.ImportError
try:
    import mod_does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from mod_counter import not_there
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
import mod_counter
print(mod_counter.count)

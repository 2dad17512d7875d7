# covers: exc.ImportError, exc.ModuleNotFoundError
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import no_such_pkg.sub
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    raise ImportError("custom", name="thing")
except ImportError as e:
    print(e, e.name)

# covers: exc.hierarchy, exc.BaseException
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
           LookupError, IndexError, KeyError, TypeError, ValueError, AttributeError, NameError,
           UnboundLocalError, RuntimeError, RecursionError, NotImplementedError, StopIteration,
           AssertionError, ImportError, ModuleNotFoundError, MemoryError, KeyboardInterrupt,
           SystemExit, OSError, FileNotFoundError, GeneratorExit, EOFError, UnicodeError,
           UnicodeDecodeError, UnicodeEncodeError, FileExistsError, PermissionError,
           FloatingPointError, TimeoutError, IsADirectoryError]
for c in classes:
    print(" -> ".join(k.__name__ for k in c.__mro__))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in classes if not issubclass(c, Exception)])

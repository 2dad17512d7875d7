# covers: exc.OSError, exc.FileNotFoundError
try:
    open("definitely_missing_file_123.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
    print(e.errno, e.strerror, e.filename, isinstance(e, OSError))
try:
    open("missing_too.txt", "r")
except OSError as e:
    print(type(e).__name__, e.args)
e = OSError("plain message")
print(e, e.errno, e.args)
f = FileNotFoundError(2, "No such file or directory", "x.txt")
print(f, f.errno, f.filename)
print(OSError(2, "msg").__class__.__name__, OSError(2, "msg", "p").__class__.__name__)

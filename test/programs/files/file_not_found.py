# covers: exc.FileNotFoundError, builtin.func.open
try:
    with open("_tmp_this_file_does_not_exist.txt") as f:
        print(f.read())
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
    print(e.errno, e.strerror, e.filename)
except OSError:
    print("not reached")
try:
    open("_tmp_x.txt", "q")
except ValueError as e:
    print("ValueError:", e)
try:
    open("_tmp_nodir/sub/file.txt", "w")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)

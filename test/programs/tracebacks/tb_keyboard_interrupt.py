# covers: traceback.basic, traceback.exit_status, exc.hierarchy
# An uncaught KeyboardInterrupt prints its traceback and ends the process by SIGINT, as
# CPython does (a parent sees -2, a shell 130), after flushing what was printed.
def work(steps):
    for i in range(steps):
        if i == 3:
            raise KeyboardInterrupt
        print("step", i)


try:
    work(5)
except KeyboardInterrupt as e:
    print("caught once:", repr(e), isinstance(e, Exception), isinstance(e, BaseException))
work(5)

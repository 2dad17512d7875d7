# covers: exc.SystemExit, module.sys.exit
import sys
for arg in (None, 0, 3, "message"):
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args, isinstance(e, Exception))
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code)
try:
    try:
        sys.exit(1)
    except Exception:
        print("not reached")
except SystemExit:
    print("SystemExit is not an Exception")
def cleanup():
    try:
        sys.exit(4)
    finally:
        print("finally runs during sys.exit")
try:
    cleanup()
except SystemExit as e:
    print("code", e.code)

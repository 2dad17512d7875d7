# covers: module.sys.exit, exc.SystemExit
import sys
print("about to exit with a message")
sys.stdout.flush()
sys.exit("fatal: configuration missing")
print("never printed")

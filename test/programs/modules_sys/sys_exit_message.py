# covers: module.sys.exit, exc.SystemExit
import sys
print("about to exit with a message")
sys.exit("fatal: configuration missing")

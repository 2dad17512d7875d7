# covers: module.sys.exit, traceback.exit_status
import sys
print("exiting with status 3")
sys.exit(3)
print("not reached")

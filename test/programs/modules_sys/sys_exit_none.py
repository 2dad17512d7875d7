# covers: module.sys.exit, exc.SystemExit
import sys
print("exit with None is status 0")
try:
    sys.exit()
finally:
    print("finally still runs")

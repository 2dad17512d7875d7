# covers: module.sys.exit
import sys
def main():
    print("main ran")
    return 0
sys.exit(main())

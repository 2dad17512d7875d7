# covers: module.sys.stdout, module.sys.stderr
import sys
n = sys.stdout.write("hello ")
sys.stdout.write("world\n")
print("write returned", n)
m = sys.stderr.write("an error line\n")
print("stderr write returned", m)
sys.stdout.write("".join(["a", "b", "c"]) + "\n")
sys.stdout.flush()
sys.stderr.flush()
print(sys.stdout is not sys.stderr, hasattr(sys.stdout, "write"))
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)

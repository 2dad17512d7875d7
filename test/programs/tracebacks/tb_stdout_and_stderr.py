# covers: traceback.exit_status, builtin.func.print
import sys
for i in range(3):
    print("line", i)
print("to stderr", file=sys.stderr)
sys.stdout.write("written directly\n")
data = {"values": [1, 2]}
print(data["values"][5])

# covers: module.sys.stdout, builtin.func.input
# sys.stdin reads what input() reads; at the end of input it gives '' and iterates nothing.
import sys

print(repr(sys.stdin.readline()), [line for line in sys.stdin], repr(sys.stdin.read()), sys.stdin.readlines())
print(sys.stdin.name, sys.stdin.mode, sys.stdin.closed, sys.stdin is sys.__stdin__)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError:", e)

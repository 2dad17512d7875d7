# covers: module.io.StringIO, builtin.func.print_file
import io
import sys
def report(out):
    print("Report", file=out)
    for i in range(3):
        print(f" item {i}", file=out)
cap = io.StringIO()
report(cap)
text = cap.getvalue()
print(text.upper(), end="")
print(len(text.splitlines()))
old = sys.stdout
sys.stdout = io.StringIO()
print("captured via sys.stdout")
captured = sys.stdout.getvalue()
sys.stdout = old
print("got:", repr(captured))
s = io.StringIO("abc")
s.seek(0, 2)
s.write("def")
print(s.getvalue(), s.read(), s.tell())
s.seek(1)
s.write("X")
print(s.getvalue())
s.truncate(3)
print(repr(s.getvalue()))

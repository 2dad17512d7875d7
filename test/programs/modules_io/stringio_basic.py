# covers: module.io.StringIO
import io
buf = io.StringIO()
n = buf.write("hello ")
buf.write("world\n")
print(n, repr(buf.getvalue()), buf.tell())
print("printed line", 42, file=buf)
print(repr(buf.getvalue()))
r = io.StringIO("line one\nline two\nline three\n")
print(repr(r.readline()), repr(r.read(4)), repr(r.readline()))
print(r.readlines())
r.seek(0)
print([line.rstrip("\n") for line in r])
r.seek(5)
print(repr(r.read()), repr(r.read()))
buf.close()
print(buf.closed)
try:
    buf.write("x")
except ValueError as e:
    print("ValueError:", e)

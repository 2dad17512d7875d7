# covers: module.io.StringIO
import io
src = io.StringIO("alpha\nbeta\n\ngamma")
print(src.readline(), end="|")
print(repr(src.readline()), repr(src.readline()), repr(src.readline()), repr(src.readline()))
src.seek(0)
print(sum(1 for _ in src), src.tell())
src.seek(0)
print([len(line) for line in src.readlines()])
out = io.StringIO()
for i in range(3):
    out.write(f"{i},")
out.seek(0)
out.write("X")
print(out.getvalue(), out.read(), out.tell())
empty = io.StringIO()
print(repr(empty.read()), repr(empty.readline()), empty.getvalue() == "", empty.readlines())
with io.StringIO("ctx") as s:
    print(s.read())
print(s.closed)

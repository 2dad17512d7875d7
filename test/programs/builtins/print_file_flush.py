# covers: builtin.func.print_file
import sys
import io
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("err", "parts", sep="+", file=sys.stderr, flush=True)
buf = io.StringIO()
print("into buffer", 42, file=buf)
print("second", file=buf, end="")
print(repr(buf.getvalue()))
print("file=None means stdout", file=None)

# covers: lang.stmt.with, lang.stmt.with_multiple
class Res:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self
    def __exit__(self, t, v, tb):
        self.log.append(f"exit {self.name} {t.__name__ if t else '-'}")
        return False
log = []
with Res("a", log) as a, Res("b", log) as b:
    log.append(f"body {a.name}{b.name}")
print(log)
log = []
try:
    with Res("x", log), Res("y", log):
        raise ValueError
except ValueError:
    log.append("caught")
print(log)
log = []
with (Res("p", log) as p,
      Res("q", log)):
    log.append("parenthesized")
print(log)
class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
log = []
try:
    with Res("outer", log), FailEnter():
        log.append("no body")
except RuntimeError as e:
    log.append(str(e))
print(log)

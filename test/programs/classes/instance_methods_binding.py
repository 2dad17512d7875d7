# covers: lang.class.methods
class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self, other):
        return f"{self.name} greets {other}"
g = Greeter("Ann")
m = g.hello
print(m("Bob"), Greeter.hello(g, "Cy"), m.__self__ is g, m.__name__)
print(type(m).__name__, type(Greeter.hello).__name__)
hello_fns = [Greeter(n).hello for n in ("A", "B")]
print([f("Z") for f in hello_fns])
g.hello = lambda other: "instance attr shadows method"
print(g.hello("x"), Greeter("D").hello("x"))
print(g.hello == g.hello, Greeter("E").hello == Greeter("E").hello)

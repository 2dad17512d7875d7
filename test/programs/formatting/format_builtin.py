# covers: builtin.func.format
print(format(3.14159, ".2f"), format(42, "b"), format(42, "08b"), format("x", "^5"), format(12))
print(format(0.5, "%"), format(1234567, ",d"), format(-5, "+"), format(5, "+"), format(255, "#06x"))
print(format(True), format(None), format([1, 2]), format(1e100), format(2.0, "g"))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:,.2f}"
        return format(self.v, spec)
m = Money(1234.5)
print(format(m, "usd"), f"{m:usd}", f"{m:.1f}", "{:usd}".format(m))
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)

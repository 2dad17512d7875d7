# covers: type.str.format
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="Bob"))
print("{0:>5}|{0:<5}|{0:^5}|{0:*^7}".format("ab"), "{:05d}".format(42), "{:.3f}".format(2 / 3))
print("{:,}".format(1234567), "{:x} {:X} {:o} {:b} {:#x}".format(255, 255, 8, 5, 255))
print("{{literal}} {}".format(1), "{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    x = 3
    def __format__(self, spec):
        return "P<" + spec + ">"
print("{0.x} {0:abc}".format(P()), "{!r} {!s}".format("q", "q"), "{:>{w}}".format("z", w=4))
print("{:+} {: } {:-}".format(5, 5, 5), "{:e}".format(12345.678), "{:%}".format(0.5))
for bad in ("{} {}", "{0} {x}", "{"):
    try:
        print(bad.format(1))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)

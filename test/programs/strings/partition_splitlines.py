# covers: type.str.methods
print("key=value=x".partition("="), "novalue".partition("="), "a=b=c".rpartition("="), "abc".rpartition("z"))
print("l1\nl2\r\nl3\rl4".splitlines(), "x\n\ny\n".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("a\tb\tc".expandtabs(4), repr("\tx".expandtabs()), "abc".count("b"))
print("hello"[::-1].upper().center(11, "*"), "  mixed Case ".strip().swapcase())
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)

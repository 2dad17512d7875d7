# covers: lang.literal.int_bases
print(0x1F, 0XFF, 0xdead_beef)
print(0o17, 0O777, 0o1_0)
print(0b1010, 0B1111_0000, 0b0)
print(0x7FFFFFFFFFFFFFFFFFFF)
print(-0x10, -0o10, -0b10)
print(0xff == 255, 0o10 == 8, 0b11 == 3)
print(int("ff", 16), int("0x1f", 16), int("0o17", 0), int("0b101", 0), int("  42  "))
print(int("z", 36), int("-101", 2), int("1_000", 10))

# covers: lang.literal.int_underscore
print(1_000_000)
print(1_0, 12_34_56)
print(0x_ff, 0b_1_0, 0o_7)
print(1_000.5, 1_0e1_0, 3.14_15)
print(int("1_000"), float("1_0.5"))
print(f"{1234567:_}", f"{1234567:,}", f"{255:_x}", f"{255:_b}")

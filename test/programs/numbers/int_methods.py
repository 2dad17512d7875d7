# covers: type.int.methods
print((0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length(), (2**100).bit_length())
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (1024).to_bytes(3, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print((7).as_integer_ratio(), (10).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((13).bit_count(), (-13).bit_count())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)

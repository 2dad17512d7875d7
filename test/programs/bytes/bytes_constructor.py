# covers: type.bytes
print(bytes(), bytes(3), bytes([72, 105]), bytes(range(65, 70)), bytes("é", "utf-8"), bytes(b"copy"))
print(bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"), b"\xde\xad".hex(), b"abc".hex("-"))
for bad in (lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("str"), lambda: bytes.fromhex("zz")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(b"").__name__, bytes is type(b"x"), isinstance(b"", bytes))

x = "a" b"\x1"

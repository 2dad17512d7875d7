x = f"{x}" b"b"

x = "\x1g" "b"

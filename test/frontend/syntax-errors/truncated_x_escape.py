x = "a\x1"

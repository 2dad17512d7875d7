x  f"{a}" b" "

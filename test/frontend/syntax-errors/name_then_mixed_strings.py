x = s"{a}" B"b"

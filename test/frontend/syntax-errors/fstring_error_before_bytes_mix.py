x = F"{)}" B"b"

x = (match 2)

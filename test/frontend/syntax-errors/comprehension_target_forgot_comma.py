x = [a for a b in c]

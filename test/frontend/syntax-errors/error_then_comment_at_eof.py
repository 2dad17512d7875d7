x = 1 2
# the end
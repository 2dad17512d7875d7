"""Helper module with state shared across imports."""
count = 0

def bump():
    global count
    count += 1
    return count

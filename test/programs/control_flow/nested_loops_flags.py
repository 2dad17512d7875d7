# covers: lang.stmt.for, lang.stmt.break
grid = [[1, 2, 3], [4, 99, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 99:
            found = (r, c)
            break
    if found:
        break
print(found)
count = 0
for a in range(5):
    for b in range(a):
        for c in range(b):
            count += 1
print(count)

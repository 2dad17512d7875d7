# covers: lang.stmt.break, lang.stmt.continue
out = []
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    out.append(i)
print(out)
pairs = []
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        pairs.append((i, j))
print(pairs)
n = 0
total = 0
while n < 10:
    n += 1
    if n % 3:
        continue
    total += n
print(total)
for c in "abc":
    try:
        if c == "b":
            continue
        print("body", c)
    finally:
        print("finally", c)

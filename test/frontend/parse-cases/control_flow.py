# if/elif/else, while/else, for/else, break, continue, pass.
if a:
    pass
elif b:
    x = 1
elif c: y = 2
else:
    z = 3

while x > 0:
    x -= 1
    if x == 5:
        continue
    if x == 2: break
else:
    done = True

for i in range(10):
    pass
else:
    pass

for a, b in pairs: print(a); print(b);

for x, in t:
    pass

for *a, b in c:
    pass

for i in 1, 2, 3:
    pass

if x: pass; y = 1
while True: break

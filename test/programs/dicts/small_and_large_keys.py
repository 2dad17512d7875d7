# covers: type.dict, type.set
# Dicts and sets below and above the size where corevm starts indexing keys with a Map: keys
# equal across types (1, 1.0, True; -0.0 and 0), str and int subclass instances, NaN by
# identity, deletions before and after the switch, and tuples next to plain keys.
class S(str):
    pass
class I(int):
    pass
nan = float('nan')
for n in (3, 8, 9, 20):
    d = {}
    for i in range(n):
        d[i] = i
    d[True] = 'true'
    d[2.0] = 'two'
    d[S('s')] = 'box'
    d['s'] = 'plain'
    d[I(4)] = 'ibox'
    d[nan] = 'nan'
    d[-0.0] = 'zero'
    del d[1]
    print(n, len(d), d.get(1), d.get(True), d[0], d.get(4), nan in d, float('nan') in d, list(d)[:5], list(d.values())[-3:])
    for i in range(n):
        d.pop(i, None)
    d[100] = 'x'
    print(sorted(str(k) for k in d), d.get(100))
s = set()
for i in range(12):
    s.add(i % 10)
    s.discard(i - 3)
print(sorted(s), 5 in s, 5.0 in s, True in s, S('a') in {'a'}, 'a' in {S('a')}, {1, 1.0, True}, {0, 0.0, False, -0.0})
e = {}
e[(1, 2)] = 't'
e[1] = 'one'
print(e[(1.0, 2)], e[True], len(e))

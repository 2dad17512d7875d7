# Subscripts and comparisons specialized by what the interpreter saw: a dict entry, a tuple
# item and a list store inline, and a str == str without the generic comparison.
def tally(pairs, counts, out):
    for i in range(len(pairs)):
        pair = pairs[i]
        if pair[0] == 'hit':
            counts['hits'] = counts['hits'] + pair[1]
            out[i] = pair[1]
    return counts['hits']


for _ in range(3):
    print(tally([('hit', 2), ('miss', 5), ('hit', 4)], {'hits': 0}, [0, 0, 0]))

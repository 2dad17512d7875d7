# covers: traceback.generator
def parse(lines):
    for line in lines:
        yield int(line)

def total(lines):
    s = 0
    for v in parse(lines):
        s += v
    return s

print(total(["1", "2"]))
total(["3", "four"])

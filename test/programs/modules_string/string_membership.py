# covers: module.string.constants
import string
def classify(ch):
    kinds = []
    for name in ("ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation", "whitespace"):
        if ch in getattr(string, name):
            kinds.append(name)
    return kinds
for ch in "aF7 !\t8":
    print(repr(ch), classify(ch))
pw = "Tr0ub4dor&3"
checks = {name: any(c in getattr(string, name) for c in pw) for name in ("ascii_lowercase", "ascii_uppercase", "digits", "punctuation")}
print(checks, all(checks.values()))
print(len(string.ascii_letters), string.ascii_letters.index("Z"), sorted(set(string.hexdigits.lower())))

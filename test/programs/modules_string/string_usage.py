# covers: module.string.constants
import string
def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    out = []
    for ch in text:
        if ch in lower:
            out.append(lower[(lower.index(ch) + shift) % 26])
        elif ch in upper:
            out.append(upper[(upper.index(ch) + shift) % 26])
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World!"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3))
print("".join(c for c in "a1!b2?" if c not in string.punctuation and c not in string.digits))
print(all(c in string.hexdigits for c in "DeadBeef"), all(c in string.octdigits for c in "129"))

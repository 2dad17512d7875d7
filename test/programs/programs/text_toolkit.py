# covers: program.textstats, type.str.methods, type.str.format, module.string.constants, type.str.split
# Word counts, justification, Caesar, run-length, roman numerals and base64 by hand.
import string
from collections import Counter, defaultdict

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""

def words(text):
    table = str.maketrans("", "", string.punctuation)
    return text.translate(table).lower().split()

def wrap(text, width):
    lines, cur = [], []
    for w in text.split():
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines

def justify(line_words, width):
    if len(line_words) == 1:
        return line_words[0].ljust(width)
    gaps = len(line_words) - 1
    spaces = width - sum(map(len, line_words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line_words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + line_words[-1]

ws = words(TEXT)
c = Counter(ws)
print(len(ws), len(c), c.most_common(5))
for w, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{w:<12}{n:>3} {'#' * n}")
lines = wrap(TEXT, 38)
for l in lines[:-1]:
    print("|" + justify(l, 38) + "|")
print("|" + " ".join(lines[-1]).ljust(38) + "|")
by_len = defaultdict(set)
for w in ws:
    by_len[len(w)].add(w)
print({k: sorted(v) for k, v in sorted(by_len.items()) if k > 6})
bigrams = Counter(zip(ws, ws[1:]))
print(bigrams.most_common(3))
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar(TEXT[:60], 13)
print(enc, caesar(enc, -13) == TEXT[:60])
def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}" if n > 1 else prev)
            prev, n = ch, 1
    out.append(f"{n}{prev}" if n > 1 else prev)
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)
sample = "aaabccddddde" * 3 + "x" * 12
print(rle(sample), unrle(rle(sample)) == sample)
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    out = ""
    for v, sym in ROMAN:
        while n >= v:
            out += sym
            n -= v
    return out
def from_roman(s):
    vals = dict((sym, v) for v, sym in ROMAN if len(sym) == 1)
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -vals[a] if vals.get(b, 0) > vals[a] else vals[a]
    return total
print([to_roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
def b64(data):
    bits = "".join(f"{b:08b}" for b in data)
    pad = (-len(bits)) % 6
    bits += "0" * pad
    out = "".join(B64[int(bits[i:i + 6], 2)] for i in range(0, len(bits), 6))
    return out + "=" * ((-len(out)) % 4)
print(b64(b"hello world"), b64(b"Ma"), b64(b"M"), b64("ünïcode".encode()))
print(string.capwords("the quick  brown fox"), "x".join(string.digits[::3]), string.ascii_letters[20:30])
table = {w: i for i, w in enumerate(sorted(set(ws)))}
encoded = [table[w] for w in ws]
print(encoded[:20], max(encoded))
vowels = sum(ch in "aeiou" for ch in TEXT.lower())
print(vowels, TEXT.count("it was"), TEXT.lower().find("light"), TEXT.upper()[:10], TEXT.title()[:30])
print(TEXT.splitlines()[1].center(100, "~")[:50], repr(TEXT[:20].expandtabs()))

# covers: program.textstats
"""Text statistics: word frequencies, n-grams, a histogram, line wrapping and justification."""
from collections import Counter
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything before
us, we had nothing before us, we were all going direct to Heaven, we were all
going direct the other way."""


def words(text):
    cleaned = "".join(" " if c in string.punctuation else c for c in text)
    return cleaned.lower().split()


def ngrams(seq, n):
    return [tuple(seq[i:i + n]) for i in range(len(seq) - n + 1)]


def wrap(text, width):
    lines, current = [], []
    for w in text.split():
        if current and len(" ".join(current + [w])) > width:
            lines.append(current)
            current = []
        current.append(w)
    if current:
        lines.append(current)
    return lines


def justify(line_words, width):
    if len(line_words) == 1:
        return line_words[0].ljust(width)
    gaps = len(line_words) - 1
    spaces = width - sum(len(w) for w in line_words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line_words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + line_words[-1]


ws = words(TEXT)
freq = Counter(ws)
print("words:", len(ws), "| distinct:", len(freq), "| chars:", len(TEXT))
print("top:", freq.most_common(5))
print("longest:", sorted(set(ws), key=lambda w: (-len(w), w))[:3])
print("lengths:", sorted(Counter(len(w) for w in ws).items()))
bigrams = Counter(ngrams(ws, 2))
print("bigrams:", [(" ".join(k), v) for k, v in bigrams.most_common(4)])
print("trigram 'it was the':", Counter(ngrams(ws, 3))[("it", "was", "the")])
print()
letters = Counter(c for c in TEXT.lower() if c.isalpha())
peak = max(letters.values())
for ch, n in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{ch} {n:3d} {'*' * round(30 * n / peak)}")
print()
width = 38
for line in wrap(TEXT, width)[:6]:
    print("|" + justify(line, width) + "|")
print()
capitals = [w for w in TEXT.replace(",", " ").replace(".", " ").split() if w[0].isupper()]
print("capitalized:", capitals)
vowels = sum(letters[v] for v in "aeiou")
print(f"vowel ratio: {vowels / sum(letters.values()):.3f}")
print("palindromes:", sorted({w for w in ws if len(w) > 1 and w == w[::-1]}))


def syllables(word):
    vowels = "aeiouy"
    count, prev = 0, False
    for ch in word:
        is_v = ch in vowels
        if is_v and not prev:
            count += 1
        prev = is_v
    if word.endswith("e") and count > 1:
        count -= 1
    return max(1, count)


clauses = [c.strip() for c in TEXT.replace("\n", " ").replace(".", ",").split(",") if c.strip()]
print()
print("clauses:", len(clauses), "| avg words per clause:", round(len(ws) / len(clauses), 2))
syl = {w: syllables(w) for w in sorted(set(ws))}
print("syllables:", [(w, syl[w]) for w in ("foolishness", "incredulity", "times", "heaven", "the")])
total_syl = sum(syllables(w) for w in ws)
score = 206.835 - 1.015 * (len(ws) / len(clauses)) - 84.6 * (total_syl / len(ws))
print(f"syllables: {total_syl} | reading ease: {score:.1f}")

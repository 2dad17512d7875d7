# A string and dict workload: generates a deterministic text (a linear congruential
# generator picks words), then splits it into lines and words, strips punctuation, counts
# words, letters and bigrams in dicts, and formats a report with %-formatting, f-strings,
# join, ljust and rjust. Prints the report.
import sys

DEFAULT_N = 50000

WORDS = ("the quick brown fox jumps over lazy dog while seven wizards quietly hex "
         "every jovial bard singing about velvet mountains and distant rivers under "
         "pale moon light a small village keeps its ancient stone bridge near old "
         "mill where children gather apples in autumn").split()


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


def generate(sentences):
    rng = Lcg(2024)
    lines = []
    current = []
    for _ in range(sentences):
        words = [WORDS[rng.next(len(WORDS))] for _ in range(3 + rng.next(9))]
        if rng.next(4) == 0:
            words.insert(rng.next(len(words)) + 1, "and,")
        sentence = " ".join(words).capitalize() + (".", "!", "?")[rng.next(3)]
        current.append(sentence)
        if len(current) == 3 or rng.next(5) == 0:
            lines.append(" ".join(current))
            current = []
    if current:
        lines.append(" ".join(current))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    bigrams = {}
    letters = {}
    previous = None
    for line in text.split("\n"):
        for raw in line.split():
            word = raw.strip(".,!?").lower()
            counts[word] = counts.get(word, 0) + 1
            if previous is not None:
                pair = previous + " " + word
                bigrams[pair] = bigrams.get(pair, 0) + 1
            previous = word
            for ch in word:
                letters[ch] = letters.get(ch, 0) + 1
    return counts, bigrams, letters


def top(table, k):
    return sorted(table.items(), key=lambda item: (-item[1], item[0]))[:k]


def report(text):
    counts, bigrams, letters = count_words(text)
    total = sum(counts.values())
    lines = text.split("\n")
    longest = max(lines, key=len)
    out = [f"lines: {len(lines)}, words: {total}, distinct: {len(counts)}, chars: {len(text)}"]
    out.append("average word length: %.3f" % (sum(len(w) * c for w, c in counts.items()) / total))
    out.append(f"longest line ({len(longest)} chars) starts: {longest[:40]!r}")
    out.append("word".ljust(12) + "count".rjust(8) + "share".rjust(9))
    for word, count in top(counts, 8):
        out.append("%-12s%8d%8.2f%%" % (word, count, 100.0 * count / total))
    out.append("bigrams: " + "; ".join(f"{pair}={n}" for pair, n in top(bigrams, 5)))
    out.append("letters: " + "".join(ch for ch, _ in top(letters, 26)))
    questions = sum(line.count("?") for line in lines)
    exclaims = text.count("!")
    shouted = sum(1 for line in lines if line.upper().find("WIZARDS") >= 0)
    out.append(f"questions={questions} exclamations={exclaims} lines with wizards={shouted}")
    out.append("first line reversed: " + " ".join(reversed(lines[0].split()))[:60])
    out.append(text.replace("fox", "cat", 3)[:50].replace("\n", " | "))
    return "\n".join(out)


def main(n):
    return report(generate(n))


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

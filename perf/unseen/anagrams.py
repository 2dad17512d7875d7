# Dict-heavy text work: generates a pseudo-random vocabulary, counts word frequencies with
# dict, defaultdict and Counter, groups anagrams by their sorted letters, builds bigram
# tables and answers lookups. Prints the most common words, anagram classes and bigrams.
import sys
from collections import Counter, defaultdict

DEFAULT_N = 1000000

LETTERS = 'etaoinsrhldcu'


def vocabulary(size, seed):
    words = []
    x = seed
    for i in range(size):
        length = 3 + i % 4
        chars = []
        for _ in range(length):
            x = (x * 1103515245 + 12345) % 2147483648
            chars.append(LETTERS[(x >> 16) % len(LETTERS)])
        words.append(''.join(chars))
    return words


def text(words, n, seed):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 214013 + 2531011) % 4294967296
        r = (x >> 16) & 0x7FFF
        # skew the distribution so a few words are common
        idx = (r * r) % len(words) if r & 1 else r % 50
        out.append(words[idx])
    return out


def main(n):
    words = vocabulary(3000, 7)
    stream = text(words, n, 99)

    freq = {}
    for w in stream:
        freq[w] = freq.get(w, 0) + 1
    counter = Counter(stream)
    assert counter == Counter(freq)

    groups = defaultdict(list)
    for w in freq:
        groups[''.join(sorted(w))].append(w)
    classes = [sorted(g) for g in groups.values() if len(g) > 2]
    classes.sort(key=lambda g: (-len(g), g))

    bigrams = defaultdict(Counter)
    for a, b in zip(stream, stream[1:]):
        bigrams[a][b] += 1
    followers = {}
    for a, c in bigrams.items():
        best, count = c.most_common(1)[0]
        followers[a] = (best, count)

    by_length = defaultdict(int)
    letters = Counter()
    for w, c in freq.items():
        by_length[len(w)] += c
        letters.update(w)

    lookups = 0
    for w in stream[::7]:
        key = ''.join(sorted(w))
        if key in groups and w in groups[key]:
            lookups += len(groups[key])

    lines = ['distinct words: %d of %d' % (len(freq), len(stream))]
    lines.append('most common: ' + ', '.join('%s=%d' % wc for wc in counter.most_common(5)))
    lines.append('anagram classes > 2: %d; largest: %s' % (len(classes), ' '.join(classes[0])))
    for g in classes[1:4]:
        lines.append('  ' + ' '.join(g))
    top_pairs = sorted(followers.items(), key=lambda kv: (-kv[1][1], kv[0]))[:3]
    lines.append('strongest bigrams: ' + '; '.join('%s->%s (%d)' % (a, b, c) for a, (b, c) in top_pairs))
    lines.append('tokens by length: %s' % dict(sorted(by_length.items())))
    lines.append('letters: ' + ''.join(ch for ch, _ in letters.most_common()))
    lines.append('lookups: %d' % lookups)
    return '\n'.join(lines)


if __name__ == '__main__':
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

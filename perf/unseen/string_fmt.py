# String building and formatting: a report generator that formats rows with f-strings
# (widths, alignment, precision, thousands separators, !r), %-formatting, str.format,
# join, ljust/rjust/center, and a small template engine using replace/split/partition.
# Prints checksums and sample lines.
import sys

DEFAULT_N = 80000

NAMES = ['Ada', 'Grace', 'Linus', 'Guido', 'Barbara', 'Ken', 'Dennis', 'Margaret', 'Alan']
CITIES = ['Oslo', 'Lima', 'Kyoto', 'Quito', 'Cairo', 'Perth', 'Dakar']


def row_fstring(i, name, city, amount, ratio):
    return f"{i:>6d} | {name:<9} | {city:^7} | {amount:>12,.2f} | {ratio:7.3%} | {name!r:>11}"


def row_percent(i, name, city, amount, ratio):
    return "%6d | %-9s | %7s | %12.2f | %7.3f | %-5x|%05o" % (i, name, city, amount, ratio, i, i % 512)


def row_format(i, name, city, amount, ratio):
    return "{0:>6} | {1:<9} | {2:^7} | {3:>+12.3e} | {4:.4g}".format(i, name, city, amount, ratio)


def render(template, fields):
    out = []
    rest = template
    while True:
        before, sep, after = rest.partition('{{')
        out.append(before)
        if not sep:
            break
        key, _, rest = after.partition('}}')
        out.append(str(fields.get(key.strip(), '?')))
    return ''.join(out)


def checksum(s, h):
    for ch in s[::3]:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


def main(n):
    h1 = h2 = h3 = h4 = 0
    total_len = 0
    samples = []
    template = 'Dear {{ name }}, your balance in {{city}} is {{ amount }} ({{missing}}).'
    for i in range(n):
        name = NAMES[i % len(NAMES)]
        city = CITIES[(i * 3) % len(CITIES)]
        amount = (i * 7919 % 100003) * 1.37 - 20000.0
        ratio = (i % 97) / 97.0
        a = row_fstring(i, name, city, amount, ratio)
        b = row_percent(i, name, city, amount, ratio)
        c = row_format(i, name, city, amount, ratio)
        d = render(template, {'name': name.upper(), 'city': city.lower(), 'amount': round(amount, 1)})
        h1 = checksum(a, h1)
        h2 = checksum(b, h2)
        h3 = checksum(c, h3)
        h4 = checksum(d, h4)
        total_len += len(a) + len(b) + len(c) + len(d)
        if i % (n // 4) == 1:
            samples.extend([a, b, c, d])
    table = []
    for k in range(5):
        cells = [str(k * j).rjust(4) for j in range(8)]
        table.append('|'.join(cells).center(50, '.'))
    words = ' '.join(NAMES).split()
    joined = '-'.join(w.lower().capitalize().zfill(9) for w in words)
    lines = samples + table + [joined, 'checksums: %08x %08x %08x %08x total=%d' % (h1, h2, h3, h4, total_len)]
    return '\n'.join(lines)


if __name__ == '__main__':
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

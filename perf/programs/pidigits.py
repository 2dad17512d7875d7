# Big-int arithmetic: the first n decimal digits of pi from an unbounded spigot that
# composes linear fractional transformations with exact integers (the numbers grow to
# thousands of digits). Prints the digits ten to a line, each line tagged with its count.
import sys

DEFAULT_N = 4000


def pi_digits():
    q, r, t, k = 1, 0, 1, 0
    while True:
        k += 1
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        if q > r:
            continue
        digit = (3 * q + r) // t
        if digit != (4 * q + r) // t:
            continue
        yield digit
        q, r = 10 * q, 10 * (r - digit * t)


def main(n):
    lines = []
    row = []
    produced = 0
    for digit in pi_digits():
        row.append(str(digit))
        produced += 1
        if len(row) == 10 or produced == n:
            lines.append("%-10s\t:%d" % ("".join(row), produced))
            row = []
        if produced == n:
            break
    return "\n".join(lines)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

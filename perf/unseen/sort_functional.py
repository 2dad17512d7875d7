# Sorting and functional style: records (namedtuples and tuples) sorted with key functions,
# lambdas, operator.itemgetter/attrgetter, reverse and multi-pass stable sorts; closures
# and functools.reduce/partial with map/filter; sorted() over generated strings. Prints
# the heads of each ordering and reductions.
import sys
from collections import namedtuple
from functools import reduce, partial
from operator import itemgetter, attrgetter, add, mul

DEFAULT_N = 60000

Employee = namedtuple('Employee', 'name dept age salary')


def make_people(n):
    depts = ['eng', 'ops', 'sales', 'legal', 'hr']
    people = []
    x = 17
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        name = 'p%c%c%04d' % (97 + x % 26, 97 + (x >> 5) % 26, i % 10000)
        people.append(Employee(name, depts[(x >> 10) % 5], 20 + (x >> 13) % 45, 30000 + (x >> 7) % 90000))
    return people


def make_counter():
    count = 0

    def bump(k=1):
        nonlocal count
        count += k
        return count
    return bump


def compose(*fs):
    return reduce(lambda f, g: lambda x: f(g(x)), fs, lambda x: x)


def scaled(factor, offset, value):
    return value * factor + offset


def main(n):
    people = make_people(n)
    lines = []
    by_age = sorted(people, key=attrgetter('age', 'name'))
    lines.append('youngest: %s' % (by_age[0],))
    by_salary = sorted(people, key=lambda p: (-p.salary, p.name))
    lines.append('richest: %s' % ', '.join(p.name for p in by_salary[:3]))
    stable = sorted(people, key=attrgetter('name'))
    stable.sort(key=attrgetter('dept'))
    stable.sort(key=lambda p: p.age // 10, reverse=True)
    lines.append('stable head: %s' % [p.name for p in stable[:4]])
    rows = [(p.dept, p.age, p.salary, p.name) for p in people]
    rows.sort(key=itemgetter(1, 0))
    lines.append('rows: %s' % (rows[:2],))

    bump = make_counter()
    adults = list(filter(lambda p: p.age >= 30 and bump() > 0, people))
    lines.append('filtered %d, counter %d' % (len(adults), bump(0)))
    total = reduce(add, map(attrgetter('salary'), adults), 0)
    lines.append('total salary: %d' % total)
    by_dept = {}
    for p in people:
        by_dept.setdefault(p.dept, []).append(p.salary)
    means = {d: reduce(add, s) / len(s) for d, s in sorted(by_dept.items())}
    lines.append('means: ' + ' '.join('%s=%.2f' % kv for kv in means.items()))

    f = compose(partial(scaled, 3, 1), partial(scaled, 2, -5), abs)
    vals = [f(v) for v in range(-n // 2, n // 2, 7)]
    lines.append('composed: sum=%d max=%d' % (sum(vals), max(vals)))
    prod = reduce(mul, (v % 7 + 1 for v in range(40)), 1)
    lines.append('product: %d' % prod)

    words = ['%x' % (i * 2654435761 % 1000003) for i in range(n)]
    words.sort()
    words.sort(key=len)
    lines.append('words: %s ... %s' % (words[:3], words[-2:]))
    ranked = sorted(range(n // 3), key=lambda i: (words[i][::-1], i))
    lines.append('ranked: %s' % ranked[:6])
    mx = max(people, key=lambda p: (p.age * p.salary) % 9973)
    mn = min(people, key=lambda p: (p.dept, -p.age, p.name))
    lines.append('max=%s min=%s' % (mx.name, mn.name))
    return '\n'.join(lines)


if __name__ == '__main__':
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

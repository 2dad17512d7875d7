# A hand-written deepcopy (memo dict keyed by id(), shared and cyclic references kept) and
# a pretty printer (recursive repr with width-based wrapping, sorted dict keys) over nested
# records of dicts, lists, tuples, sets and small class instances; checks copies are equal
# but not identical. Prints the pretty-printed sample and counts.
import sys

DEFAULT_N = 3000


class Item:
    def __init__(self, name, tags, parent=None):
        self.name = name
        self.tags = tags
        self.parent = parent

    def __eq__(self, other):
        return isinstance(other, Item) and self.name == other.name and self.tags == other.tags

    def __repr__(self):
        return 'Item(%r, %r)' % (self.name, self.tags)


def deepcopy(obj, memo):
    key = id(obj)
    if key in memo:
        return memo[key]
    if isinstance(obj, (int, float, str, bool)) or obj is None:
        return obj
    if isinstance(obj, list):
        out = []
        memo[key] = out
        for v in obj:
            out.append(deepcopy(v, memo))
        return out
    if isinstance(obj, tuple):
        out = tuple(deepcopy(v, memo) for v in obj)
        memo[key] = out
        return out
    if isinstance(obj, dict):
        out = {}
        memo[key] = out
        for k, v in obj.items():
            out[deepcopy(k, memo)] = deepcopy(v, memo)
        return out
    if isinstance(obj, (set, frozenset)):
        out = type(obj)(deepcopy(v, memo) for v in obj)
        memo[key] = out
        return out
    if isinstance(obj, Item):
        out = Item.__new__(Item)
        memo[key] = out
        for k, v in vars(obj).items():
            setattr(out, k, deepcopy(v, memo))
        return out
    raise TypeError('cannot copy %s' % type(obj).__name__)


def pformat(obj, width=60, indent=0):
    r = short_repr(obj)
    if len(r) + indent <= width:
        return r
    pad = ' ' * (indent + 1)
    if isinstance(obj, dict):
        parts = ['%r: %s' % (k, pformat(obj[k], width, indent + len(repr(k)) + 3)) for k in sorted(obj, key=repr)]
        return '{' + (',\n' + pad).join(parts) + '}'
    if isinstance(obj, list):
        return '[' + (',\n' + pad).join(pformat(v, width, indent + 1) for v in obj) + ']'
    if isinstance(obj, tuple):
        return '(' + (',\n' + pad).join(pformat(v, width, indent + 1) for v in obj) + (',)' if len(obj) == 1 else ')')
    return r


def short_repr(obj):
    if isinstance(obj, dict):
        return '{' + ', '.join('%r: %s' % (k, short_repr(obj[k])) for k in sorted(obj, key=repr)) + '}'
    if isinstance(obj, list):
        return '[' + ', '.join(short_repr(v) for v in obj) + ']'
    if isinstance(obj, (set, frozenset)):
        return '{' + ', '.join(repr(v) for v in sorted(obj)) + '}' if obj else 'set()'
    return repr(obj)


def make_record(i):
    root = Item('root%d' % i, ['a', 'b'][: i % 3])
    child = Item('child%d' % i, ('x', i), root)
    shared = [i, i * 2.5, 'shared']
    rec = {
        'id': i,
        'items': [root, child, Item('leaf', [], child)],
        'pair': (shared, shared),
        'meta': {'flags': {i % 4, (i * 7) % 5}, 'frozen': frozenset(['p', 'q']), 'none': None},
        'matrix': [[j * i % 7 for j in range(4)] for _ in range(3)],
        'text': 'record number %d' % i,
    }
    rec['self'] = [rec['pair']]
    return rec


def count_nodes(obj, seen):
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    if isinstance(obj, dict):
        return 1 + sum(count_nodes(k, seen) + count_nodes(v, seen) for k, v in obj.items())
    if isinstance(obj, (list, tuple, set, frozenset)):
        return 1 + sum(count_nodes(v, seen) for v in obj)
    if isinstance(obj, Item):
        return 1 + count_nodes(obj.tags, seen) + count_nodes(obj.parent, seen)
    return 1


def main(n):
    records = [make_record(i) for i in range(n)]
    copies = deepcopy(records, {})
    equal = all(a['items'] == b['items'] and a['matrix'] == b['matrix'] and a['meta'] == b['meta']
                for a, b in zip(records, copies))
    distinct = all(a['items'][0] is not b['items'][0] for a, b in zip(records, copies))
    shared_kept = all(c['pair'][0] is c['pair'][1] and c['self'][0] is c['pair'] for c in copies)
    parent_kept = all(c['items'][1].parent is c['items'][0] for c in copies)
    nodes = count_nodes(copies, set())
    text = [pformat(copies[k], 50) for k in range(0, n, max(1, n // 3))]
    total_len = sum(len(pformat(c, 70)) for c in copies)
    lines = ['equal=%s distinct=%s shared=%s parents=%s nodes=%d chars=%d' % (
        equal, distinct, shared_kept, parent_kept, nodes, total_len)]
    lines.extend(text[:2])
    return '\n'.join(lines)


if __name__ == '__main__':
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

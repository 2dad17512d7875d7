# A hand-written JSON encoder and decoder (no json module): builds nested dicts and lists
# of ints, floats, strings with escapes, booleans and None, dumps them with sorted keys and
# indentation, parses them back, and checks the round trip. Prints sizes and checksums.
import sys

DEFAULT_N = 2000

ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f'}
UNESCAPES = {'"': '"', '\\': '\\', '/': '/', 'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f'}


def encode_str(s):
    parts = ['"']
    for ch in s:
        e = ESCAPES.get(ch)
        if e is not None:
            parts.append(e)
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            parts.append('\\u%04x' % ord(ch))
        else:
            parts.append(ch)
    parts.append('"')
    return ''.join(parts)


def dumps(value, indent=None, level=0):
    if value is None:
        return 'null'
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return encode_str(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return '[]'
        items = [dumps(v, indent, level + 1) for v in value]
        if indent is None:
            return '[' + ', '.join(items) + ']'
        pad = '\n' + ' ' * (indent * (level + 1))
        return '[' + pad + (',' + pad).join(items) + '\n' + ' ' * (indent * level) + ']'
    if isinstance(value, dict):
        if not value:
            return '{}'
        items = ['%s: %s' % (encode_str(k), dumps(value[k], indent, level + 1))
                 for k in sorted(value)]
        if indent is None:
            return '{' + ', '.join(items) + '}'
        pad = '\n' + ' ' * (indent * (level + 1))
        return '{' + pad + (',' + pad).join(items) + '\n' + ' ' * (indent * level) + '}'
    raise TypeError('cannot encode %s' % type(value).__name__)


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        text = self.text
        n = len(text)
        while self.pos < n and text[self.pos] in ' \t\n\r':
            self.pos += 1

    def parse(self):
        self.skip()
        ch = self.text[self.pos]
        if ch == '{':
            return self.parse_object()
        if ch == '[':
            return self.parse_array()
        if ch == '"':
            return self.parse_string()
        if self.text.startswith('true', self.pos):
            self.pos += 4
            return True
        if self.text.startswith('false', self.pos):
            self.pos += 5
            return False
        if self.text.startswith('null', self.pos):
            self.pos += 4
            return None
        return self.parse_number()

    def parse_number(self):
        start = self.pos
        text = self.text
        while self.pos < len(text) and text[self.pos] in '+-0123456789.eE':
            self.pos += 1
        token = text[start:self.pos]
        if '.' in token or 'e' in token or 'E' in token:
            return float(token)
        return int(token)

    def parse_string(self):
        self.pos += 1
        text = self.text
        out = []
        while True:
            ch = text[self.pos]
            if ch == '"':
                self.pos += 1
                return ''.join(out)
            if ch == '\\':
                nxt = text[self.pos + 1]
                if nxt == 'u':
                    out.append(chr(int(text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                else:
                    out.append(UNESCAPES[nxt])
                    self.pos += 2
            else:
                out.append(ch)
                self.pos += 1

    def parse_array(self):
        self.pos += 1
        result = []
        self.skip()
        if self.text[self.pos] == ']':
            self.pos += 1
            return result
        while True:
            result.append(self.parse())
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == ']':
                return result
            if ch != ',':
                raise ValueError('expected , or ] at %d' % (self.pos - 1))

    def parse_object(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text[self.pos] == '}':
            self.pos += 1
            return result
        while True:
            self.skip()
            key = self.parse_string()
            self.skip()
            if self.text[self.pos] != ':':
                raise ValueError('expected : at %d' % self.pos)
            self.pos += 1
            result[key] = self.parse()
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '}':
                return result
            if ch != ',':
                raise ValueError('expected , or } at %d' % (self.pos - 1))


def make_doc(i):
    words = ['alpha', 'beta', 'gamma "quoted"', 'delta\ttab', 'eps\nline', 'caf\u00e9', 'zeta\\']
    return {
        'id': i,
        'name': 'item-%05d' % i,
        'score': i * 1.25 - 7.5,
        'ratio': (i % 17) / 7.0,
        'big': 3 ** (i % 50),
        'active': i % 3 == 0,
        'tags': [words[(i + k) % len(words)] for k in range(i % 5)],
        'nested': {
            'level': i % 4,
            'children': [{'k': k, 'v': [k, k * k, None]} for k in range(i % 6)],
            'empty': {},
            'none': None,
        },
        'matrix': [[(r * c + i) % 10 for c in range(3)] for r in range(3)],
    }


def checksum(value):
    if isinstance(value, dict):
        h = 7
        for k in sorted(value):
            h = (h * 131 + checksum(k) * 7 + checksum(value[k])) % 1000000007
        return h
    if isinstance(value, list):
        h = 3
        for v in value:
            h = (h * 257 + checksum(v)) % 1000000007
        return h
    if isinstance(value, str):
        h = 5
        for ch in value:
            h = (h * 33 + ord(ch)) % 1000000007
        return h
    if value is None:
        return 11
    if isinstance(value, bool):
        return 13 if value else 17
    if isinstance(value, float):
        return int(value * 1000) % 1000000007
    return value % 1000000007


def main(n):
    docs = [make_doc(i) for i in range(n)]
    compact = dumps(docs)
    pretty = dumps({'docs': docs, 'count': n}, indent=2)
    back1 = Parser(compact).parse()
    back2 = Parser(pretty).parse()
    ok = back1 == docs and back2['docs'] == docs and back2['count'] == n
    again = dumps(back1)
    lines = [
        'compact length: %d' % len(compact),
        'pretty length: %d, lines: %d' % (len(pretty), pretty.count('\n') + 1),
        'round trip equal: %s, re-dump identical: %s' % (ok, again == compact),
        'checksum: %d' % checksum(back2),
        'first: ' + dumps(back1[1]),
        'last tags: %r' % (back1[-1]['tags'],),
    ]
    return '\n'.join(lines)


if __name__ == '__main__':
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

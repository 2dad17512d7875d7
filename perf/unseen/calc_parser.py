# A tokenizer and recursive-descent parser for an arithmetic language with variables,
# function calls and comparison operators, building AST tuples that an evaluator walks
# (dispatch through a dict of operator functions), plus a constant folder and a printer.
# Prints evaluation results and the pretty-printed folded programs.
import sys
import operator

DEFAULT_N = 4000

OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '//': operator.floordiv,
       '%': operator.mod, '<': operator.lt, '<=': operator.le, '==': operator.eq, 'max': max,
       'min': min}
PREC = {'==': 1, '<': 1, '<=': 1, '+': 2, '-': 2, '*': 3, '//': 3, '%': 3}


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(('num', int(src[i:j])))
            i = j
        elif ch.isalpha() or ch == '_':
            j = i
            while j < n and (src[j].isalnum() or src[j] == '_'):
                j += 1
            tokens.append(('name', src[i:j]))
            i = j
        elif src.startswith('//', i) or src.startswith('<=', i) or src.startswith('==', i):
            tokens.append(('op', src[i:i + 2]))
            i += 2
        elif ch in '+-*%<(),=;?:':
            tokens.append(('op', ch))
            i += 1
        else:
            raise SyntaxError('bad character %r at %d' % (ch, i))
    tokens.append(('end', None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if (kind is not None and tok[0] != kind) or (value is not None and tok[1] != value):
            raise SyntaxError('expected %s %s, got %r' % (kind, value, tok))
        self.pos += 1
        return tok

    def program(self):
        stmts = []
        while self.peek()[0] != 'end':
            name = self.take('name')[1]
            self.take('op', '=')
            stmts.append((name, self.expr(0)))
            self.take('op', ';')
        return stmts

    def expr(self, min_prec):
        left = self.unary()
        while True:
            kind, op = self.peek()
            if kind != 'op' or op not in PREC or PREC[op] < min_prec:
                break
            self.pos += 1
            right = self.expr(PREC[op] + 1)
            left = ('bin', op, left, right)
        if min_prec == 0 and self.peek() == ('op', '?'):
            self.pos += 1
            then = self.expr(0)
            self.take('op', ':')
            other = self.expr(0)
            left = ('if', left, then, other)
        return left

    def unary(self):
        kind, value = self.peek()
        if kind == 'op' and value == '-':
            self.pos += 1
            return ('neg', self.unary())
        if kind == 'num':
            self.pos += 1
            return ('num', value)
        if kind == 'name':
            self.pos += 1
            if self.peek() == ('op', '('):
                self.pos += 1
                args = [self.expr(0)]
                while self.peek() == ('op', ','):
                    self.pos += 1
                    args.append(self.expr(0))
                self.take('op', ')')
                return ('call', value, args)
            return ('var', value)
        self.take('op', '(')
        e = self.expr(0)
        self.take('op', ')')
        return e


def evaluate(node, env):
    tag = node[0]
    if tag == 'num':
        return node[1]
    if tag == 'var':
        return env[node[1]]
    if tag == 'bin':
        return OPS[node[1]](evaluate(node[2], env), evaluate(node[3], env))
    if tag == 'neg':
        return -evaluate(node[1], env)
    if tag == 'if':
        return evaluate(node[2], env) if evaluate(node[1], env) else evaluate(node[3], env)
    if tag == 'call':
        return OPS[node[1]](*[evaluate(a, env) for a in node[2]])
    raise ValueError(tag)


def fold(node):
    tag = node[0]
    if tag == 'bin':
        a = fold(node[2])
        b = fold(node[3])
        if a[0] == 'num' and b[0] == 'num' and not (node[1] in ('//', '%') and b[1] == 0):
            return ('num', int(OPS[node[1]](a[1], b[1])))
        return ('bin', node[1], a, b)
    if tag == 'neg':
        a = fold(node[1])
        return ('num', -a[1]) if a[0] == 'num' else ('neg', a)
    if tag == 'if':
        return ('if', fold(node[1]), fold(node[2]), fold(node[3]))
    if tag == 'call':
        return ('call', node[1], [fold(a) for a in node[2]])
    return node


def show(node):
    tag = node[0]
    if tag == 'num':
        return str(node[1])
    if tag == 'var':
        return node[1]
    if tag == 'bin':
        return '(%s %s %s)' % (show(node[2]), node[1], show(node[3]))
    if tag == 'neg':
        return '-' + show(node[1])
    if tag == 'if':
        return '(%s ? %s : %s)' % tuple(show(x) for x in node[1:])
    return '%s(%s)' % (node[1], ', '.join(show(a) for a in node[2]))


SOURCE = '''
a = 3 * (4 + 5) - 2 // 1;
b = a * a % 97 + -x;
c = max(a, b, 10 * 2 + 1) - min(x, 7);
d = (a < b) ? a * 2 : b * 3 + 1;
e = (c <= d) + (a == 25) * 100 + (2 + 3) * (4 - 6);
f = max(e, d) % 13 + x * x // (1 + 1);
'''


def main(n):
    lines = []
    total = 0
    program = None
    for rep in range(n):
        tokens = tokenize(SOURCE.replace('x', 'x%d' % (rep % 3)).replace('x0', 'x').replace('x1', 'x').replace('x2', 'x'))
        program = Parser(tokens).program()
        env = {'x': rep % 50}
        for name, expr in program:
            env[name] = evaluate(expr, env)
        total += env['f'] + env['e']
        folded = [(name, fold(expr)) for name, expr in program]
        if rep % (n // 3) == 0:
            lines.append('rep %d: %s' % (rep, sorted(env.items())))
    for name, expr in folded:
        lines.append('%s = %s' % (name, show(expr)))
    lines.append('tokens: %d total: %d' % (len(tokens), total))
    return '\n'.join(lines)


if __name__ == '__main__':
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

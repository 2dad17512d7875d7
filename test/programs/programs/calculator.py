# covers: program.calculator
"""A tokenizer, recursive-descent parser and evaluator for arithmetic with variables."""

class CalcError(Exception):
    pass

NUMBER, NAME, OP, LPAREN, RPAREN, END = "NUMBER", "NAME", "OP", "LPAREN", "RPAREN", "END"


class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos

    def __repr__(self):
        return f"Token({self.kind}, {self.value!r}, {self.pos})"


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            raw = text[start:i]
            if raw.count(".") > 1:
                raise CalcError(f"bad number {raw!r} at {start}")
            tokens.append(Token(NUMBER, float(raw) if "." in raw else int(raw), start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(Token(NAME, text[start:i], start))
        elif text.startswith("**", i):
            tokens.append(Token(OP, "**", i))
            i += 2
        elif ch in "+-*/%=":
            tokens.append(Token(OP, ch, i))
            i += 1
        elif ch == "(":
            tokens.append(Token(LPAREN, ch, i))
            i += 1
        elif ch == ")":
            tokens.append(Token(RPAREN, ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token(END, None, len(text)))
    return tokens


class Parser:
    """expr := term (('+'|'-') term)* ; term := factor (('*'|'/'|'%') factor)* ;
    factor := ('-'|'+') factor | power ; power := atom ('**' factor)? ;
    atom := NUMBER | NAME | NAME '(' expr ')' | '(' expr ')'"""

    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.i]
        if kind and tok.kind != kind or value and tok.value != value:
            raise CalcError(f"expected {value or kind} at {tok.pos}, found {tok.value!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek().kind == NAME and self.tokens[self.i + 1].value == "=":
            name = self.take(NAME).value
            self.take(OP, "=")
            node = ("assign", name, self.expr())
        else:
            node = self.expr()
        self.take(END)
        return node

    def expr(self):
        node = self.term()
        while self.peek().kind == OP and self.peek().value in "+-":
            op = self.take().value
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek().kind == OP and self.peek().value in ("*", "/", "%"):
            op = self.take().value
            node = (op, node, self.factor())
        return node

    def factor(self):
        if self.peek().kind == OP and self.peek().value in "+-":
            op = self.take().value
            return ("neg", self.factor()) if op == "-" else self.factor()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().kind == OP and self.peek().value == "**":
            self.take()
            return ("**", base, self.factor())
        return base

    def atom(self):
        tok = self.peek()
        if tok.kind == NUMBER:
            return ("num", self.take().value)
        if tok.kind == NAME:
            name = self.take().value
            if self.peek().kind == LPAREN:
                self.take(LPAREN)
                arg = self.expr()
                self.take(RPAREN)
                return ("call", name, arg)
            return ("var", name)
        if tok.kind == LPAREN:
            self.take(LPAREN)
            node = self.expr()
            self.take(RPAREN)
            return node
        raise CalcError(f"unexpected {tok.value!r} at {tok.pos}")


FUNCS = {"abs": abs, "sq": lambda x: x * x, "half": lambda x: x / 2}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise CalcError(f"unknown variable {node[1]!r}")
        return env[node[1]]
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        if node[1] not in FUNCS:
            raise CalcError(f"unknown function {node[1]!r}")
        return FUNCS[node[1]](evaluate(node[2], env))
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    try:
        return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b,
                "%": lambda: a % b, "**": lambda: a ** b}[kind]()
    except ZeroDivisionError as e:
        raise CalcError(f"math error: {e}") from e


env = {}
session = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 7", "y = x * 2 + 1",
    "y % 4", "10 / 4", "7 / 0", "sq(x) - half(y)", "abs(-3.5) + 1", "2 ** 100",
    "z + 1", "3 +", "4 $ 4", "1.2.3", "((2))", "foo(1)", "-x + +y",
]
print(tokenize("a = 3.5 * (b - 2)"))
for line in session:
    try:
        tree = Parser(tokenize(line)).statement()
        print(f"{line:18} => {evaluate(tree, env)!r}")
    except CalcError as e:
        print(f"{line:18} !! {e}")
print(sorted(env.items()))

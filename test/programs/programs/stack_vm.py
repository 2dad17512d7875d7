# covers: program.vm
"""A tiny compiler and stack VM: source -> tokens -> bytecode -> run, with a disassembler."""

class VMError(Exception):
    pass


OPS = {"PUSH": 1, "LOAD": 1, "STORE": 1, "ADD": 0, "SUB": 0, "MUL": 0, "DIV": 0, "MOD": 0,
       "LT": 0, "EQ": 0, "JMP": 1, "JZ": 1, "PRINT": 0, "HALT": 0, "DUP": 0}


class Compiler:
    """Statements (one per line): `let x = expr`, `print expr`, `while expr do`, `end`.
    Expressions are infix with + - * / % < == and parentheses, no precedence tricks:
    * / % bind tighter than + -, which bind tighter than < ==."""

    def __init__(self):
        self.code = []

    def emit(self, op, arg=None):
        self.code.append((op, arg))
        return len(self.code) - 1

    def compile(self, src):
        loops = []
        for lineno, raw in enumerate(src.strip().splitlines(), 1):
            words = raw.split()
            if not words:
                continue
            head = words[0]
            if head == "let" and len(words) > 3 and words[2] == "=":
                self.expr(words[3:], lineno)
                self.emit("STORE", words[1])
            elif head == "print":
                self.expr(words[1:], lineno)
                self.emit("PRINT")
            elif head == "while" and words[-1] == "do":
                start = len(self.code)
                self.expr(words[1:-1], lineno)
                loops.append((start, self.emit("JZ", None)))
            elif head == "end":
                if not loops:
                    raise VMError(f"line {lineno}: 'end' without 'while'")
                start, jz = loops.pop()
                self.emit("JMP", start)
                self.code[jz] = ("JZ", len(self.code))
            else:
                raise VMError(f"line {lineno}: cannot parse {raw.strip()!r}")
        if loops:
            raise VMError("unclosed 'while'")
        self.emit("HALT")
        return self.code

    def expr(self, toks, lineno):
        self.toks, self.pos, self.lineno = toks, 0, lineno
        self.compare()
        if self.pos != len(self.toks):
            raise VMError(f"line {lineno}: unexpected {self.toks[self.pos]!r}")

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def compare(self):
        self.sum()
        while self.peek() in ("<", "=="):
            op = self.toks[self.pos]
            self.pos += 1
            self.sum()
            self.emit("LT" if op == "<" else "EQ")

    def sum(self):
        self.product()
        while self.peek() in ("+", "-"):
            op = self.toks[self.pos]
            self.pos += 1
            self.product()
            self.emit("ADD" if op == "+" else "SUB")

    def product(self):
        self.atom()
        while self.peek() in ("*", "/", "%"):
            op = self.toks[self.pos]
            self.pos += 1
            self.atom()
            self.emit({"*": "MUL", "/": "DIV", "%": "MOD"}[op])

    def atom(self):
        tok = self.peek()
        if tok is None:
            raise VMError(f"line {self.lineno}: expression ends early")
        self.pos += 1
        if tok == "(":
            self.compare()
            if self.peek() != ")":
                raise VMError(f"line {self.lineno}: missing ')'")
            self.pos += 1
        elif tok.lstrip("-").isdigit():
            self.emit("PUSH", int(tok))
        elif tok.isidentifier():
            self.emit("LOAD", tok)
        else:
            raise VMError(f"line {self.lineno}: bad token {tok!r}")


def disassemble(code):
    return "\n".join(f"{pc:3d} {op:<6}{'' if arg is None else arg}" for pc, (op, arg) in enumerate(code))


def run(code, max_steps=10000):
    stack, env, out, pc, steps = [], {}, [], 0, 0
    binops = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
              "DIV": lambda a, b: a // b, "MOD": lambda a, b: a % b,
              "LT": lambda a, b: int(a < b), "EQ": lambda a, b: int(a == b)}
    while True:
        steps += 1
        if steps > max_steps:
            raise VMError(f"step limit exceeded at pc {pc}")
        op, arg = code[pc]
        pc += 1
        if op == "PUSH":
            stack.append(arg)
        elif op == "LOAD":
            if arg not in env:
                raise VMError(f"undefined variable {arg!r} at pc {pc - 1}")
            stack.append(env[arg])
        elif op == "STORE":
            env[arg] = stack.pop()
        elif op in binops:
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(binops[op](a, b))
            except ZeroDivisionError:
                raise VMError(f"division by zero at pc {pc - 1}") from None
        elif op == "JMP":
            pc = arg
        elif op == "JZ":
            if stack.pop() == 0:
                pc = arg
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "HALT":
            return out, env, steps


program = """
let n = 10
let a = 0
let b = 1
let i = 0
while i < n do
  print a
  let t = a + b
  let a = b
  let b = t
  let i = i + 1
end
print ( a * 2 + 1 ) % 7
"""
code = Compiler().compile(program)
print(disassemble(code))
out, env, steps = run(code)
print("output:", out)
print("env:", sorted(env.items()), "steps:", steps)
facts = Compiler().compile("let f = 1\nlet k = 1\nwhile k < 21 do\nlet f = f * k\nlet k = k + 1\nend\nprint f")
print(run(facts)[0])
bad_sources = ["let x = 1 +", "print y", "while 1 do", "end", "let q = 4 / 0\nprint q", "while 1 do\nend", "print 1 $ 2", "jump 4"]
for src in bad_sources:
    try:
        print(run(Compiler().compile(src), max_steps=500))
    except VMError as e:
        print("VMError:", e)

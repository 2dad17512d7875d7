# covers: program.calculator, dunder.getitem, dunder.setitem, lang.class.staticmethod, lang.stmt.try_finally, lang.class.user_exception
# A spreadsheet with formulas, ranges, cycle detection and error cells.
import operator
from functools import reduce

class CycleError(Exception):
    pass

class Sheet:
    OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
    def __init__(self):
        self.cells = {}
        self.cache = {}
        self.evaluating = set()
    def __setitem__(self, ref, value):
        self.cells[ref.upper()] = value
        self.cache.clear()
    def __getitem__(self, ref):
        ref = ref.upper()
        if ref in self.cache:
            return self.cache[ref]
        if ref in self.evaluating:
            raise CycleError(f"cycle at {ref}")
        self.evaluating.add(ref)
        try:
            raw = self.cells.get(ref, 0)
            val = self.eval(raw) if isinstance(raw, str) and raw.startswith("=") else raw
        finally:
            self.evaluating.discard(ref)
        self.cache[ref] = val
        return val
    @staticmethod
    def cell_range(a, b):
        c1, r1 = a[0], int(a[1:])
        c2, r2 = b[0], int(b[1:])
        return [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
    def eval(self, formula):
        body = formula[1:].strip()
        for fname, fn in (("SUM", sum), ("MAX", max), ("MIN", min), ("AVG", lambda v: sum(v) / len(v)), ("PROD", lambda v: reduce(operator.mul, v, 1))):
            if body.startswith(fname + "(") and body.endswith(")"):
                a, b = body[len(fname) + 1:-1].split(":")
                return fn([self[r] for r in self.cell_range(a, b)])
        for sym in "+-*/":
            if sym in body:
                left, right = body.rsplit(sym, 1)
                return self.OPS[sym](self.operand(left), self.operand(right))
        return self.operand(body)
    def operand(self, tok):
        tok = tok.strip()
        if tok[0].isalpha():
            return self[tok]
        return float(tok) if "." in tok else int(tok)
    def render(self, cols="ABCD", rows=range(1, 6)):
        lines = ["    " + "".join(f"{c:>10}" for c in cols)]
        for r in rows:
            cells = []
            for c in cols:
                try:
                    v = self[f"{c}{r}"]
                except ZeroDivisionError:
                    v = "#DIV/0!"
                except CycleError:
                    v = "#CYCLE"
                cells.append(f"{v:>10.2f}" if isinstance(v, float) else f"{v!s:>10}")
            lines.append(f"{r:>3} " + "".join(cells))
        return "\n".join(lines)

s = Sheet()
for i in range(1, 5):
    s[f"A{i}"] = i * 10
    s[f"b{i}"] = f"=A{i} * 1.5"
s["A5"] = "=SUM(A1:A4)"
s["B5"] = "=AVG(B1:B4)"
s["C1"] = "=A5 / B5"
s["C2"] = "=C3 + 1"
s["C3"] = "=C2 + 1"
s["C4"] = "=A1 / 0"
s["C5"] = "=PROD(A1:A4)"
s["D1"] = "=MAX(A1:B4)"
s["D2"] = "=MIN(A1:B4) - 100"
s["D3"] = "hello"
print(s.render())
s["A1"] = 1000
print(s["A5"], s["B5"], s["D1"], s.cell_range("A1", "B2"))
total = 0
for i in range(2000):
    s["D4"] = i
    s["D5"] = "=D4 * 2"
    total += s["D5"]
print(total)
try:
    s["C2"]
except CycleError as e:
    print("CycleError:", e)
print(s["c2"] if False else "done")
s["C3"]

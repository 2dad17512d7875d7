# covers: program.json
"""A hand-written JSON encoder and decoder, checked by round trips."""

class JSONError(ValueError):
    pass

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def encode(value, indent=None, level=0):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise JSONError(f"cannot encode {value!r}")
        return repr(value)
    if isinstance(value, str):
        out = []
        for ch in value:
            if ch in ESCAPES:
                out.append(ESCAPES[ch])
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else encode_surrogates(ch))
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'
    if isinstance(value, (list, tuple)):
        items = [encode(v, indent, level + 1) for v in value]
        return wrap("[", "]", items, indent, level)
    if isinstance(value, dict):
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise JSONError(f"keys must be strings, not {type(k).__name__}")
            sep = ": " if indent else ":"
            items.append(encode(k) + sep + encode(v, indent, level + 1))
        return wrap("{", "}", items, indent, level)
    raise JSONError(f"Object of type {type(value).__name__} is not JSON serializable")


def encode_surrogates(ch):
    n = ord(ch) - 0x10000
    return f"\\u{0xD800 + (n >> 10):04x}\\u{0xDC00 + (n & 0x3FF):04x}"


def wrap(open_, close, items, indent, level):
    if not items:
        return open_ + close
    if indent is None:
        return open_ + ",".join(items) + close
    pad = " " * (indent * (level + 1))
    return open_ + "\n" + ",\n".join(pad + it for it in items) + "\n" + " " * (indent * level) + close


class Decoder:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def error(self, msg):
        raise JSONError(f"{msg} at position {self.i}")

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1

    def decode(self):
        self.ws()
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            self.error("extra data")
        return v

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.error("unexpected end")
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.s[self.i] != '"':
                self.error("expected string key")
            k = self.string()
            self.ws()
            if self.s[self.i] != ":":
                self.error("expected ':'")
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                self.error("expected ',' or '}'")

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                self.error("expected ',' or ']'")

    def string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                self.error("unterminated string")
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return "".join(out)
            if c == "\\":
                nxt = self.s[self.i + 1]
                if nxt == "u":
                    code = int(self.s[self.i + 2:self.i + 6], 16)
                    self.i += 6
                    if 0xD800 <= code < 0xDC00 and self.s.startswith("\\u", self.i):
                        low = int(self.s[self.i + 2:self.i + 6], 16)
                        self.i += 6
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    out.append(chr(code))
                    continue
                out.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(nxt, nxt))
                self.i += 2
            else:
                out.append(c)
                self.i += 1

    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE":
            self.i += 1
        raw = self.s[start:self.i]
        if not raw:
            self.error("unexpected character " + repr(self.s[start]))
        return float(raw) if any(c in raw for c in ".eE") else int(raw)


doc = {"name": "corevm", "version": [0, 1, 0], "ok": True, "ratio": 0.25, "none": None,
       "nested": {"list": [1, [2, [3]], {}], "empty": []}, "text": 'quote " and \\ and \n tab\t',
       "unicode": "héllo ☃ \U0001F600", "big": 12345678901234567890, "neg": -1.5e-07}
compact = encode(doc)
print(compact)
print(encode(doc, indent=2))
back = Decoder(compact).decode()
print(back == doc, back["unicode"], back["nested"]["list"][1])
for bad in ['{"a" 1}', "[1, 2", '{"a": tru}', "[1] x", '"open']:
    try:
        Decoder(bad).decode()
    except (JSONError, IndexError) as e:
        print(type(e).__name__, e)
for bad in [{1: 2}, float("nan"), {"s": {1, 2}}]:
    try:
        encode(bad)
    except JSONError as e:
        print("JSONError", e)
print(Decoder(' [ 1 , -2.5e3 , "a\\u0041" , true , null ] ').decode())

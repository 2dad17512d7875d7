# covers: program.template
"""A regex-free template engine: {{ expr|filter }}, {% if %}/{% else %}, {% for x in xs %}."""

class TemplateError(Exception):
    pass


FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "len": len,
    "strip": str.strip,
    "money": lambda v: f"${v:,.2f}",
    "join": lambda v: ", ".join(map(str, v)),
}


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        start = min((p for p in (src.find("{{", i), src.find("{%", i)) if p != -1), default=-1)
        if start == -1:
            tokens.append(("text", src[i:]))
            break
        if start > i:
            tokens.append(("text", src[i:start]))
        closer = "}}" if src.startswith("{{", start) else "%}"
        end = src.find(closer, start)
        if end == -1:
            raise TemplateError(f"unclosed tag at {start}")
        kind = "var" if closer == "}}" else "tag"
        tokens.append((kind, src[start + 2:end].strip()))
        i = end + 2
    return tokens


def parse(tokens, pos=0, until=()):
    nodes = []
    while pos < len(tokens):
        kind, value = tokens[pos]
        if kind == "tag":
            word = value.split()[0]
            if word in until:
                return nodes, pos
            if word == "for":
                parts = value.split()
                if len(parts) != 4 or parts[2] != "in":
                    raise TemplateError(f"bad for tag: {value!r}")
                body, pos = parse(tokens, pos + 1, ("endfor",))
                nodes.append(("for", parts[1], parts[3], body))
            elif word == "if":
                then, pos = parse(tokens, pos + 1, ("else", "endif"))
                other = []
                if tokens[pos][1] == "else":
                    other, pos = parse(tokens, pos + 1, ("endif",))
                nodes.append(("if", value[2:].strip(), then, other))
            else:
                raise TemplateError(f"unknown tag {word!r}")
        else:
            nodes.append((kind, value))
        pos += 1
    if until:
        raise TemplateError(f"missing {until[-1]}")
    return nodes, pos


def lookup(expr, ctx):
    negate = expr.startswith("not ")
    if negate:
        expr = expr[4:].strip()
    parts = expr.split(".")
    value = ctx
    for p in parts:
        if isinstance(value, dict) and p in value:
            value = value[p]
        elif p.isdigit() and isinstance(value, (list, tuple)):
            value = value[int(p)]
        elif hasattr(value, p):
            value = getattr(value, p)
        else:
            raise TemplateError(f"undefined: {expr!r}")
    return (not value) if negate else value


def render_nodes(nodes, ctx):
    out = []
    for node in nodes:
        if node[0] == "text":
            out.append(node[1])
        elif node[0] == "var":
            expr, *filters = [p.strip() for p in node[1].split("|")]
            value = lookup(expr, ctx)
            for f in filters:
                if f not in FILTERS:
                    raise TemplateError(f"unknown filter {f!r}")
                value = FILTERS[f](value)
            out.append(str(value))
        elif node[0] == "for":
            _, var, seq, body = node
            items = lookup(seq, ctx)
            for i, item in enumerate(items):
                inner = dict(ctx)
                inner[var] = item
                inner["loop"] = {"index": i + 1, "first": i == 0, "last": i == len(items) - 1}
                out.append(render_nodes(body, inner))
        elif node[0] == "if":
            _, cond, then, other = node
            out.append(render_nodes(then if lookup(cond, ctx) else other, ctx))
    return "".join(out)


def render(src, ctx):
    nodes, _ = parse(tokenize(src))
    return render_nodes(nodes, ctx)


class User:
    def __init__(self, name, admin):
        self.name, self.admin = name, admin


page = """Hello {{ user.name|title }}!
{% if user.admin %}[admin panel]{% else %}[no admin]{% endif %}
Cart ({{ items|len }} items):
{% for it in items %}  {{ loop.index }}. {{ it.name|upper }} x{{ it.qty }} = {{ it.total|money }}{% if not loop.last %}
{% endif %}{% endfor %}
Tags: {{ tags|join }}
"""
ctx = {
    "user": User("ada lovelace", True),
    "items": [{"name": "widget", "qty": 2, "total": 19.5}, {"name": "gizmo", "qty": 1, "total": 1250}],
    "tags": ["new", "sale", 3],
}
print(render(page, ctx), end="")
print(render("{{ user.name }} / {% if user.admin %}yes{% endif %}", {"user": User("bob", False)}))
print(render("{% for x in xs %}[{{ x }}]{% endfor %}", {"xs": []}) == "")
print(render("{{ rows.1.0 }}", {"rows": [[1, 2], [3, 4]]}))
print(tokenize("a {{ b }} c {% if d %}e{% endif %}"))
for bad in ["{{ missing }}", "{% for x %}{% endfor %}", "{% if a %}open", "{{ a|shout }}", "{{ never closed", "{% while %}"]:
    try:
        render(bad, {"a": "x"})
    except TemplateError as e:
        print("TemplateError:", e)

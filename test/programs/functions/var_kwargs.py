# covers: lang.func.kwargs
def show(**kw):
    return kw
print(show(), show(a=1), show(b=2, a=1), type(show()).__name__)
def tag(name, **attrs):
    parts = [name] + [f'{k}="{v}"' for k, v in attrs.items()]
    return "<" + " ".join(parts) + ">"
print(tag("a", href="x.html", id=3), tag("br"))
def forward(*args, **kwargs):
    return show(**kwargs), args
print(forward(1, 2, x=1, y=2))
d = {"z": 26, "y": 25}
print(show(**d, x=24))
def kw_and_named(a, **kw):
    return a, kw
print(kw_and_named(a=1, b=2), kw_and_named(1, **{"c": 3}))

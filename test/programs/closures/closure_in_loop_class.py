# covers: lang.func.closure
class Registry:
    def __init__(self):
        self.handlers = {}
    def on(self, name):
        def register(fn):
            self.handlers[name] = fn
            return fn
        return register
r = Registry()
for ev in ["start", "stop"]:
    @r.on(ev)
    def handler(ev=ev):
        return f"handled {ev}"
print(sorted(r.handlers), [r.handlers[k]() for k in sorted(r.handlers)])
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def slow_sq(n):
    return n * n
print(slow_sq(4), slow_sq(4), slow_sq.cache)

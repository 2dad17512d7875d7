# covers: program.events
"""An event bus with decorator registration, priorities, closures, context managers and errors."""

class EventError(Exception):
    pass


class Bus:
    def __init__(self):
        self.handlers = {}
        self.log = []
        self.depth = 0

    def on(self, event, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn))
            self.handlers[event].sort(key=lambda h: (-h[0], h[1]))
            return fn
        return register

    def emit(self, event, **payload):
        if self.depth > 3:
            raise EventError(f"emit depth exceeded while emitting {event!r}")
        results = []
        self.depth += 1
        try:
            for prio, _, fn in self.handlers.get(event, []):
                try:
                    r = fn(**payload)
                except StopPropagation as stop:
                    self.log.append(f"{event}: stopped by {fn.__name__} ({stop})")
                    break
                except EventError:
                    raise
                except Exception as e:
                    self.log.append(f"{event}: {fn.__name__} failed: {type(e).__name__}: {e}")
                    continue
                results.append(r)
        finally:
            self.depth -= 1
        return results

    def muted(self, event):
        bus = self

        class Muted:
            def __enter__(self):
                self.saved = bus.handlers.pop(event, [])
                return self

            def __exit__(self, *exc):
                bus.handlers[event] = self.saved
                return False
        return Muted()


class StopPropagation(Exception):
    pass


bus = Bus()
audit = []


def make_counter(name):
    count = 0

    def counter(**payload):
        nonlocal count
        count += 1
        audit.append((name, count, tuple(sorted(payload))))
        return f"{name}#{count}"
    counter.__name__ = f"counter_{name}"
    return counter


bus.on("login")(make_counter("stats"))


@bus.on("login", priority=10)
def check_banned(user, **_):
    if user == "mallory":
        raise StopPropagation("banned user")
    return f"ok:{user}"


@bus.on("login", priority=5)
def greet(user, **_):
    return f"welcome {user}"


@bus.on("order")
def validate(total, **_):
    if total <= 0:
        raise ValueError(f"bad total {total}")
    return "valid"


@bus.on("order", priority=-1)
def receipt(total, user="anon"):
    bus.emit("login", user=user, via="order")
    return f"receipt {user} {total:.2f}"


@bus.on("loop")
def loop(**_):
    return bus.emit("loop")


print(bus.emit("login", user="alice"))
print(bus.emit("login", user="mallory"))
print(bus.emit("order", total=19.999, user="bob"))
print(bus.emit("order", total=0))
print(bus.emit("unknown", x=1))
with bus.muted("login"):
    print("muted:", bus.emit("login", user="carol"))
print("restored:", bus.emit("login", user="dave"))
try:
    bus.emit("loop")
except EventError as e:
    print("EventError:", e, "| depth back to", bus.depth)
print("log:")
for line in bus.log:
    print("  ", line)
print("audit:", audit)
print([fn.__name__ for _, _, fn in bus.handlers["login"]])

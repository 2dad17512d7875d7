# covers: type.dict, type.set, type.range, lang.class.methods, dunder.hash
# Built-in values hashed by value work as dict keys and set members: equal ranges, and bound
# methods (a fresh object on each access, equal when function and instance are the same).
class Button:
    def click(self):
        return "clicked"

    def hover(self):
        return "hovered"


b1, b2 = Button(), Button()
handlers = {b1.click: "first", b1.hover: "second"}
print(handlers[b1.click], handlers.get(b2.click), b1.click in handlers, b1.click == b1.click, b1.click == b2.click)
subscribed = set()
for _ in range(100):
    subscribed.add(b1.click)
subscribed.add(b2.click)
print(len(subscribed), hash(b1.click) == hash(b1.click))
subscribed.discard(b1.click)
print(len(subscribed), [m() for m in subscribed])
print({range(3): "r"}[range(0, 3)], {range(1, 6, 2): 1}.get(range(1, 7, 2)), {range(0): "empty"}[range(4, 4)])
print(len({range(2), range(0, 2), range(0, 2, 1)}), {print: 1}[print], {len: 2}[len], {Button: 3}[Button], {int: "i"}[type(7)])

# covers: lang.class.class_attr
class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(Counter.count)
a = Counter()
b = Counter()
print(Counter.count, a.count, b.items, a.items is Counter.items)
a.count = 99
print(a.count, b.count, Counter.count, vars(a))
del a.count
print(a.count)
Counter.new_attr = "added later"
print(b.new_attr)
class Config:
    DEBUG = False
    LEVEL = 3 * 2
    NAMES = [n.upper() for n in ["a", "b"]]
print(Config.DEBUG, Config.LEVEL, Config.NAMES)

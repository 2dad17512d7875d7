# covers: lang.class.inheritance, lang.class.super, lang.func.kwargs
# Keyword arguments of a class statement go to the parent's __init_subclass__; the default
# object.__init_subclass__ refuses any with CPython's TypeError.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, priority=0, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls


class Alpha(Plugin, name="alpha", priority=5):
    pass


class Beta(Plugin):
    pass


class Gamma(Alpha, priority=-1):
    pass


for key, cls in sorted(Plugin.registry.items(), key=lambda kv: kv[1].priority):
    print(key, cls.__name__, cls.priority)

try:
    class Delta(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Plain(object, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)


class Echo:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw.items()))


opts = {"b": 2, "a": 1}


class Child(Echo, **opts):
    pass

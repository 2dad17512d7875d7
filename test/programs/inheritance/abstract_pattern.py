# covers: lang.class.inheritance, exc.NotImplementedError
class Plugin:
    def run(self):
        raise NotImplementedError
class Alpha(Plugin):
    def run(self):
        return "alpha ran"
class Beta(Plugin):
    pass
print([c.__name__ for c in (Alpha, Beta)], Alpha.__base__.__name__)
for cls in (Alpha, Beta):
    try:
        print(cls().run())
    except NotImplementedError as e:
        print(cls.__name__, "NotImplementedError", repr(e))
print(issubclass(NotImplementedError, RuntimeError))

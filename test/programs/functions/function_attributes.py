# covers: lang.func.attributes
def documented(a, b=2):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__qualname__)
class C:
    def method(self):
        def inner():
            pass
        return inner
print(C.method.__qualname__, C().method().__qualname__, C.method.__name__)
documented.custom = "attr"
print(documented.custom, callable(documented), type(documented).__name__)
def no_doc():
    pass
print(no_doc.__doc__, (lambda: 0).__name__, documented.__module__)

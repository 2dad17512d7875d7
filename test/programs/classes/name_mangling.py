# covers: lang.class.basic, lang.class.inheritance
class Base:
    def __init__(self):
        self.__secret = "base secret"
        self._protected = "protected"
    def reveal(self):
        return self.__secret
    def __private_method(self):
        return "private method"
    def call_private(self):
        return self.__private_method()
class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child secret"
    def child_reveal(self):
        return self.__secret
c = Child()
print(c.reveal(), c.child_reveal(), c.call_private(), c._protected)
print(sorted(vars(c)))
print(c._Base__secret, c._Child__secret, hasattr(c, "__secret"))
try:
    c.__private_method()
except AttributeError as e:
    print("AttributeError:", e)

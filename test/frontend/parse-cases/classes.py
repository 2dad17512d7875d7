# Class definitions: bases, keywords, decorators, bodies.
class A: pass

class B(A):
    x = 1
    def method(self):
        return self.x

class C(A, B, metaclass=Meta, **kw):
    """Docstring."""
    __slots__ = ('a', 'b')

    @staticmethod
    def s(): pass

    @classmethod
    def c(cls): return cls

    @property
    def p(self): return 1

    @p.setter
    def p(self, v): self._p = v

@dataclass
class D(*bases):
    field: int = 0

class E(): pass

class A:
    def f(self):
        return (
            self.x,
            self.y

    def g(self):
        pass

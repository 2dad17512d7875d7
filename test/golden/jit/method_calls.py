# Attribute loads, a method call and a store on instances: inline-cache sites.
class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, by):
        self.count += by
        return self.count


def drive(c, n):
    for i in range(n):
        c.bump(i)
    return c.count


for _ in range(3):
    print(drive(Counter(), 10))

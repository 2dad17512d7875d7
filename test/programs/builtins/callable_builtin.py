# covers: builtin.func.callable
class WithCall:
    def __call__(self):
        return 1
class Without:
    pass
def f():
    pass
print(callable(f), callable(lambda: 0), callable(print), callable(len), callable(int), callable(WithCall))
print(callable(WithCall()), callable(Without()), callable(5), callable("s"), callable(None), callable(Without))
print(callable([].append), callable(str.upper), callable(type))

# covers: builtin.func.sum, type.float
# sum() over floats mixed with ints, bools, big ints, signed zeros, inf and nan, and a float
# subclass whose __radd__ must be called: the totals CPython 3.11's float path gives.
class F(float):
    def __radd__(self, o):
        return 'radd'
print(sum([1.5, 2, True, 2**60, 0.25]), sum([-0.0]), sum([-0.0], -0.0), sum([], 1.5), sum([1, 2.5, 3]))
print(sum([0.1] * 10), sum([1.0, F(2.0)]), sum([1e308, 1e308, -1e308]), sum([1.5, 2 ** 80]))
print(sum([float('nan'), 1.0]), sum([1, 2**70, 0.5]), sum([0.5, 0.25], 1))

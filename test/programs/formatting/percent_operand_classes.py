# covers: type.str.percent
# str % operand for tuples, dicts, single values and str subclass operands (one defining
# __rmod__, which goes first), %= and the formatting errors.
class S(str):
    def __rmod__(self, other):
        return 'rmod'
class P(str):
    pass
print('%s' % S('x'), '%s-%s' % ('a', P('b')), '%(k)s' % {'k': 1}, '%d%%' % 5, '%s' % (1,), '%r' % [1])
s = 'v=%d'
s %= 7
print(s)
for f in [lambda: '%d' % 'x', lambda: '%s %s' % ('a',), lambda: '%s' % (1, 2), lambda: '%z' % 1]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# try/except/else/finally, raise, assert, with.
try:
    pass
except:
    pass

try:
    x = 1
except ValueError:
    x = 2
except (TypeError, KeyError) as e:
    x = 3
except Exception as exc:
    raise
else:
    x = 4
finally:
    x = 5

try:
    pass
finally:
    cleanup()

raise
raise ValueError
raise ValueError('msg')
raise RuntimeError('x') from e
raise X from None

assert x
assert x, 'message'
assert isinstance(x, int), f"bad {x!r}"

with open('f') as fh:
    data = fh.read()

with a, b as c, d() as (e, f):
    pass

with (open('a') as fa, open('b') as fb):
    pass

with (a, b):
    pass

with (a, b) as c:
    pass

with (yield_thing):
    pass

with a as b.c, d as e[0]:
    pass

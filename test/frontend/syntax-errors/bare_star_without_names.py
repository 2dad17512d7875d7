def g(*, **k): pass

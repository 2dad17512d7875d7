del a, f(x) b

def f(a)->: pass

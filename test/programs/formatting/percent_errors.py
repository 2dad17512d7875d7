# covers: type.str.percent, exc.TypeError
cases = [
    lambda: "%d" % "x",
    lambda: "%s %s" % (1,),
    lambda: "%s" % (1, 2),
    lambda: "%z" % 1,
    lambda: "%(k)s" % {"j": 1},
    lambda: "%c" % "ab",
    lambda: "%d" % None,
    lambda: "%(k)s" % (1,),
]
for c in cases:
    try:
        print(c())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("%s" % [1, 2], "%s" % ((1, 2),), "%d%%" % 50)

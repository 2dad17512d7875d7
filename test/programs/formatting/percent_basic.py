# covers: type.str.percent
print("%s is %d years" % ("Ann", 30), "%s" % "solo", "%r" % "q", "%%", "100%%" % ())
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%e|%.3E|%g|%G" % (3.14159, 2.5, 1.25, 12345.678, 0.00012, 1e-5, 1e20))
print("%x|%X|%#x|%o|%#o|%c|%c" % (255, 255, 255, 8, 8, 65, "z"))
print("%(name)s=%(val)d" % {"name": "k", "val": 7}, "%s %s" % (1, [2]), "%s" % (None,))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "%i" % 3.9, "%d" % True)
print("%a" % "é", "%s" % b"b", "%5s|%-5s|%.2s" % ("ab", "ab", "abc"))

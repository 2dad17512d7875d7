# Numeric, string, bytes and singleton literals.
a = 0
b = 123_456_789
c = 0x1F, 0XdeadBEEF, 0o17, 0O7_7, 0b1010, 0B1_1
d = 3.14, 10., .5, 1e10, 1E-5, 1_0.0_1e+1_0, 0.0, 00.5, 09.5
e = 1j, 2.5J, 1e3j, 0j
f = 123456789012345678901234567890
g = 'single', "double", '''triple
single''', """triple
double"""
h = r'raw\n', R"raw\d", u'unicode', U"UNICODE"
i = b'bytes', B"BYTES", rb'raw\bytes', Br"x", bR'y', RB"z"
j = True, False, None, ...
k = 'adjacent' "strings" '''joined'''
l = b'ab' b'cd'
m = u'kind' 'u'
n = "it's", 'say "hi"', 'both \' and "'
o = 1e400, 1e-400

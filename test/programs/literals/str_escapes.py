# covers: lang.literal.str_escapes
s = "tab:\t|nl:\n|cr:\r|bs:\\|q:\'\"|bell:\a|bs2:\b|ff:\f|vt:\v|nul:\0|"
print(repr(s))
print(len(s))
print("\x41\x62\x7e", "\101\102\0103", "\u00e9\u4e2d", "\U0001F600" == "\U0001f600")
print(repr("\x00\x1f\x7f\x80\xff"))
print(repr("caf\u00e9"), ascii("caf\u00e9"), len("\U0001F600"))
print("line1\nline2")
print('single \'quote\'', "double \"quote\"", 'mixed "ok"', "it's")
print("back\\slash", "end")
print(repr('\''), repr('"'), repr('\'"'))
print(ord("\n"), ord("\t"), ord("\\"))

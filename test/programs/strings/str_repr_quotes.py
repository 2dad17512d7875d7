# covers: builtin.func.repr, type.str
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "back\\slash",
          "\x00\x07\x1b", "é ü", "\u200b", "\ud800" if False else "ok", "\x7f\x9f\xa0", "日本"]:
    print(repr(s), len(repr(s)))
print(repr(["a'b", 'c"d']), repr(("x",)), repr({"k": "v'"}))
print(ascii("héllo wörld €"), ascii("plain"), ascii(["ü"]))

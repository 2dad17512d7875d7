# covers: lang.literal.str_raw
print(r"C:\new\table", R"\d+\s*")
print(len(r"\n"), len("\n"))
print(repr(r"a\tb"), r"\\" == "\\\\")
print(r'it\'s', r"quote\"d")
print(rb"\x00" if False else br"raw\bytes", len(rb"\x41"))
print(repr(r"\u0041"), "\u0041")

# covers: type.str.isdigit
samples = ["123", "12.3", "", "abc", "abc123", " ", "\t\n", "ABC", "Abc", "Title Case",
           "²", "½", "٣", "x_1", "_ok", "1abc", "class", "hello world"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii())
print("ABC".isprintable(), "a\nb".isprintable())

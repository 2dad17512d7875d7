# covers: lang.literal.str_triple
a = """first line
second "quoted" line
    indented third"""
print(a)
print(len(a.splitlines()))
b = '''one
two\
 continued'''
print(b)
c = """\
no leading newline
"""
print(repr(c))
print("""He said "hi" """ + '''it's''')

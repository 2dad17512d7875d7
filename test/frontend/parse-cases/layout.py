# Layout: tabs, form feeds, comments, blank lines, continuations, nested blocks.
if a:
	if b:
		x = 1
	else:
		x = 2


def f():
    # comment only line
        # deeper comment
    return \
        1

x = [  # comment in brackets
    1,  # one

    2,
]  # after
y = (1 +
     2) ; z = 3  # trailing
class K:
    def m(self):
        if self:
            pass
        # dedent comment
    x = 1


    

w = 1

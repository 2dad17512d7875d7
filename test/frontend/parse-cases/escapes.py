# Every escape sequence in str and bytes literals.
s1 = "\\ \' \" \a \b \f \n \r \t \v"
s2 = "\0 \7 \12 \123 \400 \777"
s3 = "\x00 \x41 \xff \xAb"
s4 = "\u0041 \u00e9 \u20ac \U0001F600 \U00000041"
s5 = "unknown \d \w escape kept"
s6 = "line \
continued"
b1 = b"\\ \' \" \a \b \f \n \r \t \v"
b2 = b"\0 \7 \12 \123 \377 \x00 \x7f \xff"
b3 = b"\u0041 \N{x} stay literal"
r1 = r"\n \x41 \\ \""
r2 = rb"\n \x41"
t1 = """triple with "quotes" and 'apostrophes'
and a newline \t tab"""

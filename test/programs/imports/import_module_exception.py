# covers: lang.stmt.import_own, lang.class.user_exception
from mod_errors import ParseError, parse_int
import mod_errors
print(parse_int("42"))
try:
    parse_int("4x2")
except ParseError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
print(ParseError.__module__, ParseError.__name__, ParseError.__qualname__, repr(ParseError("r")))
print(isinstance(ParseError("x"), mod_errors.ParseError))

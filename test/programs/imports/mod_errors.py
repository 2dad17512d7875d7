"""Helper module that defines an exception class and a function that raises it."""
class ParseError(Exception):
    pass

def parse_int(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"cannot parse {text!r}") from e

def fail_deep(n):
    if n == 0:
        raise ParseError("deep failure")
    return fail_deep(n - 1)

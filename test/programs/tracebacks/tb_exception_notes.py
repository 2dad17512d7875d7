# covers: traceback.basic, traceback.user_exception, traceback.exit_status
# Notes added with add_note() (PEP 678) print after the final line of an uncaught exception.
class ParseError(ValueError):
    pass


def parse(rows):
    for n, row in enumerate(rows, 1):
        try:
            int(row)
        except ValueError as e:
            err = ParseError(f"bad row {row!r}")
            err.add_note(f"while parsing row {n}")
            err.add_note("rows must be integers\nsee the input format")
            raise err from e


try:
    parse(["1", "x"])
except ParseError as e:
    print(e.__notes__)
parse(["7", "8", "nine"])

#!/usr/bin/env python3
"""Record CPython 3.11's AST dumps for the parser's golden tests.

For every parse-cases/NAME.py writes parse-cases/NAME.ast.txt containing
ast.dump(ast.parse(source), include_attributes=True). Sources are ASCII so CPython's byte
column offsets equal our code-point offsets. Run from anywhere: python3 test/frontend/record_ast.py
"""
import ast
import pathlib
import sys
import warnings

HERE = pathlib.Path(__file__).resolve().parent


def main() -> int:
    if sys.version_info[:2] != (3, 11):
        print(f"warning: goldens must come from CPython 3.11, this is {sys.version}", file=sys.stderr)
    warnings.simplefilter("ignore")
    for path in sorted((HERE / "parse-cases").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        if not source.isascii():
            print(f"{path.name}: not ASCII; columns would be byte offsets", file=sys.stderr)
            return 1
        dump = ast.dump(ast.parse(source, filename=path.name), include_attributes=True)
        path.with_suffix(".ast.txt").write_text(dump + "\n", encoding="utf-8")
        print(f"recorded {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

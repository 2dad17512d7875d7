#!/usr/bin/env python3
"""Record CPython 3.11's stderr for each bad program in syntax-errors/.

For every syntax-errors/NAME.py runs `python3 NAME.py` from inside syntax-errors/ and writes
the stderr to NAME.stderr.txt, with CPython's absolute path in the File line shortened to
"NAME.py" (the name the tests pass). The tests compare formatSyntaxError with these files.
Run from anywhere: python3 test/frontend/record_syntax_errors.py
"""
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent / "syntax-errors"


def main() -> int:
    if sys.version_info[:2] != (3, 11):
        print(f"warning: goldens must come from CPython 3.11, this is {sys.version}", file=sys.stderr)
    for path in sorted(HERE.glob("*.py")):
        proc = subprocess.run([sys.executable, path.name], cwd=HERE, capture_output=True, text=True)
        if proc.returncode == 0 or "Traceback" in proc.stderr or "Error" not in proc.stderr:
            print(f"{path.name}: CPython did not report a syntax error", file=sys.stderr)
            return 1
        stderr = proc.stderr.replace(f'File "{path}"', f'File "{path.name}"')
        path.with_suffix(".stderr.txt").write_text(stderr, encoding="utf-8")
        print(f"recorded {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Record CPython 3.11's stderr for each bad program in syntax-errors/.

For every syntax-errors/NAME.py runs `python3 NAME.py` from inside syntax-errors/ (so the
traceback's File line reads "NAME.py") and writes the stderr to NAME.stderr.txt. The tests
compare corevm's formatSyntaxError output with these files.
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
        if proc.returncode == 0 or "Error" not in proc.stderr:
            print(f"{path.name}: CPython did not report a syntax error", file=sys.stderr)
            return 1
        path.with_suffix(".stderr.txt").write_text(proc.stderr, encoding="utf-8")
        print(f"recorded {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

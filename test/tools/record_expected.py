#!/usr/bin/env python3
"""Record the expected output of the Python test corpus with CPython.

Every program test/programs/<area>/<name>.py is run as `python3 <name>.py` from its own
directory (so tracebacks say `File "<name>.py", line N`), with no stdin, a 10 s timeout and
the environment PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, PYTHONDONTWRITEBYTECODE=1. The
result is written beside it as <name>.expected.json: {"stdout", "stderr", "status"}.
CPython 3.11 names the main file by its absolute path in tracebacks, so the program's
directory prefix is removed from the output: the recorded tracebacks read File "<name>.py"
(and File "mod_x.py" for a helper module imported from the same directory).

Each program is run twice; the second run uses a different PYTHONHASHSEED, so a program
whose output depends on string hashing (set order of str, hash() of str) is refused, as is
one whose two runs differ in any other way, one that takes over 2 s, one whose output shows
an object address (" at 0x"), or one that is not valid UTF-8. Refusals name the file and
make the script exit with status 1; nothing is written for a refused program.

Usage:
    python3 test/tools/record_expected.py                 # every program
    python3 test/tools/record_expected.py PATH_OR_GLOB... # only these (files, dirs, globs)
    python3 test/tools/record_expected.py --check [...]   # compare with the recorded files,
                                                          # write nothing

Helper modules (files named mod_*.py, and any file listed in manifest.json "_helpers") are
imported by programs and never run on their own.
"""
import concurrent.futures
import glob
import json
import os
import subprocess
import sys
import time

TOOLS_DIR = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.normpath(os.path.join(TOOLS_DIR, "..", "programs"))
MANIFEST = os.path.join(PROGRAMS_DIR, "manifest.json")
TIMEOUT_S = 10.0
MAX_RUNTIME_S = 2.0
RECORD_HASHSEED = "0"
CHECK_HASHSEED = "4242"


def helper_files():
    """Absolute paths of helper modules declared in the manifest."""
    try:
        with open(MANIFEST, encoding="utf-8") as f:
            helpers = json.load(f).get("_helpers", [])
    except (OSError, ValueError):
        helpers = []
    return {os.path.normpath(os.path.join(PROGRAMS_DIR, h)) for h in helpers}


def is_program(path, helpers):
    base = os.path.basename(path)
    return (base.endswith(".py") and not base.startswith("mod_")
            and os.path.normpath(path) not in helpers
            and "__pycache__" not in path.split(os.sep))


def all_programs(helpers):
    found = []
    for root, dirs, files in os.walk(PROGRAMS_DIR):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            path = os.path.join(root, name)
            if is_program(path, helpers):
                found.append(os.path.normpath(path))
    return found


def select(args, helpers):
    """Programs named by files, directories or glob patterns (relative to cwd or repo)."""
    chosen = []
    for arg in args:
        matches = glob.glob(arg, recursive=True)
        if not matches:
            matches = glob.glob(os.path.join(PROGRAMS_DIR, arg), recursive=True)
        if not matches:
            sys.exit(f"record_expected: no program matches {arg!r}")
        for m in sorted(matches):
            if os.path.isdir(m):
                prefix = os.path.abspath(m) + os.sep
                chosen += [p for p in all_programs(helpers) if p.startswith(prefix)]
            elif is_program(os.path.abspath(m), helpers):
                chosen.append(os.path.normpath(os.path.abspath(m)))
    return sorted(set(chosen))


def run_once(path, hashseed):
    env = dict(os.environ)
    env.update(PYTHONHASHSEED=hashseed, PYTHONIOENCODING="utf-8",
               PYTHONDONTWRITEBYTECODE="1")
    for var in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONINSPECT"):
        env.pop(var, None)
    start = time.perf_counter()
    proc = subprocess.run(["python3", os.path.basename(path)], cwd=os.path.dirname(path),
                          stdin=subprocess.DEVNULL, capture_output=True, env=env,
                          timeout=TIMEOUT_S)
    elapsed = time.perf_counter() - start
    return proc, elapsed


def relativize(text, path):
    """CPython 3.9+ gives __main__ (and modules found beside it) an absolute co_filename;
    tracebacks should read File "<name>.py", so drop the program directory's prefix."""
    return text.replace(os.path.dirname(path) + os.sep, "")


def record(path):
    """Returns (result dict, None) or (None, reason for refusing)."""
    rel = os.path.relpath(path, PROGRAMS_DIR)
    runs = []
    for seed in (RECORD_HASHSEED, CHECK_HASHSEED):
        try:
            proc, elapsed = run_once(path, seed)
        except subprocess.TimeoutExpired:
            return None, f"{rel}: timed out after {TIMEOUT_S:.0f} s"
        if elapsed > MAX_RUNTIME_S:
            return None, f"{rel}: took {elapsed:.2f} s (limit {MAX_RUNTIME_S:.0f} s)"
        try:
            out = relativize(proc.stdout.decode("utf-8"), path)
            err = relativize(proc.stderr.decode("utf-8"), path)
        except UnicodeDecodeError as e:
            return None, f"{rel}: output is not UTF-8 ({e})"
        runs.append({"stdout": out, "stderr": err, "status": proc.returncode})
    for key in ("stdout", "stderr"):
        if " at 0x" in runs[0][key]:
            return None, f"{rel}: {key} shows an object address (' at 0x...')"
    if runs[0] != runs[1]:
        which = [k for k in ("stdout", "stderr", "status") if runs[0][k] != runs[1][k]]
        return None, (f"{rel}: not deterministic ({', '.join(which)} differ between two runs;"
                      " string hashing or timing leaks into the output?)")
    return runs[0], None


def expected_path(path):
    return path[:-3] + ".expected.json"


def dump(result):
    return json.dumps(result, ensure_ascii=False, indent=1) + "\n"


def main(argv):
    check_only = "--check" in argv
    args = [a for a in argv if a != "--check"]
    helpers = helper_files()
    programs = select(args, helpers) if args else all_programs(helpers)
    if not programs:
        sys.exit("record_expected: no programs found")
    failures = []
    written = unchanged = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 2)) as ex:
        for path, (result, reason) in zip(programs, ex.map(record, programs)):
            if reason:
                failures.append(reason)
                continue
            target = expected_path(path)
            text = dump(result)
            old = None
            if os.path.exists(target):
                with open(target, encoding="utf-8") as f:
                    old = f.read()
            if old == text:
                unchanged += 1
            elif check_only:
                failures.append(f"{os.path.relpath(target, PROGRAMS_DIR)}: differs from "
                                "CPython's output (re-record it)")
            else:
                with open(target, "w", encoding="utf-8", newline="\n") as f:
                    f.write(text)
                written += 1
    for reason in failures:
        print("REFUSED " + reason, file=sys.stderr)
    verb = "checked" if check_only else "recorded"
    print(f"{len(programs)} programs {verb}: {written} written, {unchanged} unchanged, "
          f"{len(failures)} refused")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

# Records the expected output of every benchmark in perf/programs/ from CPython: the default
# size into NAME.expected.txt and, for the --quick subset listed in programs/manifest.json,
# the quick size into NAME.quick.expected.txt. Prints each run's wall and CPU time (the
# 0.3-2 s rule applies to the default size; CPU time is the figure to trust on a busy
# machine). Usage: python3 perf/record_expected.py [NAME ...]
import json
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def record(name, size, suffix):
    args = [sys.executable, os.path.join(PROGRAMS, name + ".py")]
    if size is not None:
        args.append(str(size))
    before = cpu_seconds()
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, cwd=PROGRAMS)
    seconds = time.perf_counter() - start
    cpu = cpu_seconds() - before
    if done.returncode != 0 or done.stderr:
        sys.exit(f"{name}: exit {done.returncode}\n{done.stderr}")
    with open(os.path.join(PROGRAMS, name + suffix), "w", newline="\n") as out:
        out.write(done.stdout)
    label = "default size" if size is None else f"size {size}"
    print(f"{name + suffix:34} wall {seconds:6.3f} s  cpu {cpu:6.3f} s  ({label})")


def main():
    if sys.version_info[:2] != (3, 11):
        print(f"warning: outputs should come from CPython 3.11, this is {sys.version.split()[0]}")
    with open(os.path.join(PROGRAMS, "manifest.json")) as f:
        quick = json.load(f)["quick"]
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    for name in sys.argv[1:] or names:
        record(name, None, ".expected.txt")
        if name in quick:
            record(name, quick[name], ".quick.expected.txt")


if __name__ == "__main__":
    main()

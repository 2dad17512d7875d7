# Steady-state driver for perf/harness: the harness copies a benchmark beside this file as
# program.py, then runs this file under each engine. It calls program.main(n) WARMUP times
# (the first result is printed, to be checked against the recorded output), then times
# ITERATIONS more calls with time.perf_counter, and prints "steady-seconds: t1 t2 ..." last.
# Usage: steady.py WARMUP ITERATIONS [SIZE]
import sys
import time

import program


def run():
    warmup = int(sys.argv[1])
    iterations = int(sys.argv[2])
    n = int(sys.argv[3]) if len(sys.argv) > 3 else program.DEFAULT_N
    first = program.main(n)
    for _ in range(warmup - 1):
        if program.main(n) != first:
            sys.exit("steady: main() returned a different result on a later call")
    seconds = []
    for _ in range(iterations):
        start = time.perf_counter()
        result = program.main(n)
        seconds.append(time.perf_counter() - start)
        if result != first:
            sys.exit("steady: main() returned a different result on a later call")
    print(first)
    print("steady-seconds: " + " ".join("%.6f" % s for s in seconds))


if __name__ == "__main__":
    run()

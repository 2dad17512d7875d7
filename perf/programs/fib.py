# Recursive calls: the naive Fibonacci function, so almost all the time goes to calling
# and returning. Prints fib(n) for the given size (default 33) and a few small values.
import sys

DEFAULT_N = 33


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(n):
    small = [fib(i) for i in range(12)]
    return f"fib({n}) = {fib(n)}\nsmall: {small}"


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

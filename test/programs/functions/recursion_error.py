# covers: exc.RecursionError, lang.func.recursion_error
import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(issubclass(RecursionError, RuntimeError))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RuntimeError as e:
    print(type(e).__name__, e)
def still_works(n):
    return n if n == 0 else still_works(n - 1)
print(still_works(500))

# List slicing and permutation: for every permutation of 1..n (in the order produced by a
# rotation counter), repeatedly reverse the prefix whose length is the first element until
# a 1 comes first. Prints a signed checksum of the flip counts and the maximum.
import sys

DEFAULT_N = 9


def count_flips(perm):
    flips = 0
    work = perm[:]
    first = work[0]
    while first != 1:
        work[:first] = work[first - 1::-1]
        flips += 1
        first = work[0]
    return flips


def main(n):
    perm = list(range(1, n + 1))
    counters = [0] * n
    checksum = 0
    max_flips = 0
    index = 0
    while True:
        flips = count_flips(perm)
        if flips > max_flips:
            max_flips = flips
        checksum += flips if index % 2 == 0 else -flips
        index += 1
        # Next permutation: rotate the first k + 1 elements left, for the smallest k whose
        # counter has not wrapped.
        k = 1
        while k < n:
            perm[:k + 1] = perm[1:k + 1] + perm[:1]
            counters[k] += 1
            if counters[k] <= k:
                break
            counters[k] = 0
            k += 1
        if k == n:
            break
    return f"{checksum}\nPfannkuchen({n}) = {max_flips}"


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

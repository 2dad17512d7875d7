# covers: program.rsa
"""Toy RSA with big integers: Miller-Rabin, extended Euclid, modular inverse, encode/decode text."""
import random


def is_probable_prime(n, rounds=12):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small[:rounds]:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m


def keygen(bits):
    while True:
        p = next_prime(random.randrange(1 << (bits - 1), 1 << bits))
        q = next_prime(random.randrange(1 << (bits - 1), 1 << bits))
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        e = 65537
        if phi % e:
            return (e, p * q), (modinv(e, phi), p * q), (p, q)


def text_to_int(s):
    return int.from_bytes(s.encode("utf-8"), "big")


def int_to_text(n):
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode("utf-8")


def encrypt(m, pub):
    e, n = pub
    if m >= n:
        raise ValueError("message too large for key")
    return pow(m, e, n)


def decrypt(c, priv):
    d, n = priv
    return pow(c, d, n)


print([n for n in range(2, 60) if is_probable_prime(n)])
print(is_probable_prime(2**61 - 1), is_probable_prime(2**61 + 1), is_probable_prime(561), is_probable_prime(2**127 - 1))
print(next_prime(10**12), next_prime(2**64))
print(egcd(240, 46), modinv(3, 11), modinv(17, 3120), (17 * modinv(17, 3120)) % 3120)
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)

random.seed(2718)
pub, priv, (p, q) = keygen(128)
print("p =", p)
print("q =", q)
print("n bits:", pub[1].bit_length(), "e =", pub[0])
for msg in ["hi", "Hello, RSA!", "héllo ✓"]:
    m = text_to_int(msg)
    c = encrypt(m, pub)
    back = int_to_text(decrypt(c, priv))
    print(f"{msg!r}: m={m} c%1000000={c % 1000000} ok={back == msg}")
sig = pow(text_to_int("signed"), priv[0], priv[1])
print("signature verifies:", pow(sig, pub[0], pub[1]) == text_to_int("signed"))
try:
    encrypt(pub[1] + 5, pub)
except ValueError as e:
    print("ValueError:", e)

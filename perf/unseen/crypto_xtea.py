# Block-cipher style bit twiddling: XTEA and an AES-like substitution-permutation cipher
# (S-box built from GF(2^8) inverses, ShiftRows, MixColumns with xtime) in CBC mode over
# bytes and lists of ints, with masks, shifts and xor. Prints hex digests of ciphertexts
# and checks decryption.
import sys

DEFAULT_N = 8000

MASK32 = 0xFFFFFFFF


def xtea_encrypt(v0, v1, key, rounds=32):
    s = 0
    delta = 0x9E3779B9
    for _ in range(rounds):
        v0 = (v0 + ((((v1 << 4) ^ (v1 >> 5)) + v1) ^ (s + key[s & 3]))) & MASK32
        s = (s + delta) & MASK32
        v1 = (v1 + ((((v0 << 4) ^ (v0 >> 5)) + v0) ^ (s + key[(s >> 11) & 3]))) & MASK32
    return v0, v1


def xtea_decrypt(v0, v1, key, rounds=32):
    delta = 0x9E3779B9
    s = (delta * rounds) & MASK32
    for _ in range(rounds):
        v1 = (v1 - ((((v0 << 4) ^ (v0 >> 5)) + v0) ^ (s + key[(s >> 11) & 3]))) & MASK32
        s = (s - delta) & MASK32
        v0 = (v0 - ((((v1 << 4) ^ (v1 >> 5)) + v1) ^ (s + key[s & 3]))) & MASK32
    return v0, v1


def gmul(a, b):
    p = 0
    while b:
        if b & 1:
            p ^= a
        hi = a & 0x80
        a = (a << 1) & 0xFF
        if hi:
            a ^= 0x1B
        b >>= 1
    return p


def make_sbox():
    inv = [0] * 256
    for a in range(1, 256):
        for b in range(1, 256):
            if gmul(a, b) == 1:
                inv[a] = b
                break
    sbox = []
    for x in range(256):
        b = inv[x]
        s = b
        for k in range(1, 5):
            s ^= ((b << k) | (b >> (8 - k))) & 0xFF
        sbox.append(s ^ 0x63)
    return sbox


def xtime(a):
    return ((a << 1) ^ 0x1B) & 0xFF if a & 0x80 else a << 1


def spn_encrypt_block(block, round_keys, sbox):
    state = [b ^ k for b, k in zip(block, round_keys[0])]
    for rk in round_keys[1:]:
        state = [sbox[b] for b in state]
        state = [state[(i + 4 * (i % 4)) % 16] for i in range(16)]
        mixed = []
        for c in range(4):
            a0, a1, a2, a3 = state[4 * c:4 * c + 4]
            t = a0 ^ a1 ^ a2 ^ a3
            mixed += [a0 ^ t ^ xtime(a0 ^ a1), a1 ^ t ^ xtime(a1 ^ a2),
                      a2 ^ t ^ xtime(a2 ^ a3), a3 ^ t ^ xtime(a3 ^ a0)]
        state = [m ^ k for m, k in zip(mixed, rk)]
    return state


def cbc_spn(data, round_keys, sbox, iv):
    out = []
    prev = list(iv)
    for off in range(0, len(data), 16):
        block = [b ^ p for b, p in zip(data[off:off + 16], prev)]
        prev = spn_encrypt_block(block, round_keys, sbox)
        out.extend(prev)
    return bytes(out)


def digest(bs):
    h = 0x811C9DC5
    for b in bs:
        h = ((h ^ b) * 0x01000193) & MASK32
    return '%08x' % h


def main(n):
    key = [0x01234567, 0x89ABCDEF, 0xFEDCBA98, 0x76543210]
    words = [(i * 2654435761) & MASK32 for i in range(2 * n)]
    enc = []
    for i in range(0, len(words), 2):
        enc.extend(xtea_encrypt(words[i], words[i + 1], key))
    dec = []
    for i in range(0, len(enc), 2):
        dec.extend(xtea_decrypt(enc[i], enc[i + 1], key))
    lines = ['xtea: first=%08x %08x ok=%s sum=%d' % (enc[0], enc[1], dec == words, sum(enc) % 1000003)]
    sbox = make_sbox()
    lines.append('sbox: %s' % ' '.join('%02x' % s for s in sbox[:8]))
    round_keys = [[(r * 31 + i * 17 + 5) & 0xFF for i in range(16)] for r in range(11)]
    data = bytes((i * 7 + 3) & 0xFF for i in range(16 * (n // 5)))
    ct = cbc_spn(data, round_keys, sbox, bytes(range(16)))
    lines.append('spn: len=%d digest=%s head=%s' % (len(ct), digest(ct), ct[:8].hex()))
    return '\n'.join(lines)


if __name__ == '__main__':
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))

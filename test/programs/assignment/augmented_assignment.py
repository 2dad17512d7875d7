# covers: lang.stmt.augassign
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n /= 4; print(n)
n //= 2; print(n)
n **= 3; print(n)
n %= 5; print(n)
m = 0b1010
m &= 0b0110; print(m)
m |= 0b1000; print(m)
m ^= 0b0011; print(m)
m <<= 3; print(m)
m >>= 2; print(m)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias is lst)
t = (1,)
alias_t = t
t += (2,)
print(t, alias_t, alias_t is t)
d = {"k": 1}
d["k"] += 10
d.setdefault("z", [])
d["z"] += ["item"]
print(d)
class C:
    v = 1
obj = C()
obj.v += 1
print(obj.v, C.v)

# covers: type.set, builtin.func.set
print(set(), {1}, set([3, 1, 2, 3, 1]), set(range(5)), set("aab") == {"a", "b"}, len(set("hello")))
print(sorted({"pear", "apple", "fig"}), sorted(set("mississippi")))
s = {x % 4 for x in range(20)}
print(s, 3 in s, 4 in s)
print({1, 1.0, True}, {0, False}, len({(1, 2), (1, 2)}))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set(5)
except TypeError as e:
    print("TypeError:", e)
print(bool(set()), bool({0}), repr(set()), str({1}))

# covers: lang.expr.in
print(2 in [1, 2, 3], 4 not in [1, 2, 3], "b" in ("a", "b"))
print("ell" in "hello", "" in "abc", "x" not in "abc")
print(1 in {1: "a"}, "a" in {1: "a"}, 3 in {1, 2, 3})
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 3 in range(0, 10, 2))
print(b"el" in b"hello", 104 in b"hello")
print([1] in [[1], [2]], (1, 2) in [(1, 2)], 1.0 in [1], float("nan") in [float("nan")])
def gen():
    yield 1
    yield 2
print(2 in gen(), 3 in gen())
it = iter([1, 2, 3, 4])
print(2 in it, list(it))

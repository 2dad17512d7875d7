# covers: lang.expr.compare
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 5 != 5)
print("abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] == [])
print((1, 2) == (1, 2), [1, 2] == (1, 2), {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(None == None, None != 0, 1 == True, "1" == 1)
print(float("nan") < 1, float("nan") > 1, 1e400 > 10**400)
print(b"a" < b"b", [[1]] < [[2]], (1, [2]) == (1, [2]))
print(max("apple", "banana"), min([3, 1], [2, 9]))

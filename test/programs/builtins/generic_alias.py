# covers: type.type, type.list, type.dict, lang.stmt.import_builtin
# list[int], dict[str, int], type[C], collections.deque[int]: the built-in classes are
# subscriptable (types.GenericAlias); other classes only with their own __class_getitem__.
import collections


class A:
    pass


class B:
    def __class_getitem__(cls, key):
        return (cls.__name__, key)


print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[A]], type[A])
print(collections.deque[int], collections.defaultdict[str, int], collections.Counter[str], collections.OrderedDict[str, A])
print(list["A"], list[None], dict[int, "x"], B[int], B[1, 2])
alias = dict[str, int]
print(type(alias), alias.__origin__, alias.__args__, alias.__parameters__, alias(a=1), list[int]("ab"))
print(list[int] == list[int], list[int] != list[str], {list[int]: "hit"}[list[int]], hash(alias) == hash(dict[str, int]))
for cls in (int, A):
    try:
        cls[0]
    except TypeError as e:
        print("TypeError:", e)


def f(x: list[int], y: dict[str, tuple[int, ...]] = None) -> set[str]:
    return set()


print(f.__annotations__)

# covers: tier.jit, type.list.append
# lst.append(x) call sites (run inline by both tiers on lists): plain lists, a list subclass
# with and without its own append, list.append stored on another class or on an instance,
# and wrong argument counts.


class Logged(list):
    def append(self, x):
        super().append(x * 10)


class Plain(list):
    pass


class Borrowed:
    append = list.append


def fill(target, n):
    for i in range(n):
        target.append(i)
    return target


def main():
    print(sum(fill([], 500)), fill(Logged(), 5), fill(Plain(), 4), type(fill(Plain(), 1)).__name__)
    holder = Plain()
    holder.extra = list.append
    for i in range(300):
        holder.extra(holder, i)
    print(len(holder), holder[-1])
    try:
        fill(Borrowed(), 3)
    except TypeError as e:
        print("TypeError:", e)
    rows = [[] for _ in range(3)]
    for i in range(600):
        rows[i % 3].append(rows[(i + 1) % 3][-1] if i > 3 else i)
    print([len(r) for r in rows], rows[0][:5])
    try:
        [].append(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        [].append()
    except TypeError as e:
        print("TypeError:", e)


main()

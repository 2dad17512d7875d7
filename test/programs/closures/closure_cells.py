# covers: lang.func.closure_cell
def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError("insufficient funds")
        balance -= x
        return balance
    def peek():
        return balance
    return deposit, withdraw, peek
dep, wd, peek = make_account(100)
print(dep(50), wd(30), peek())
try:
    wd(1000)
except ValueError as e:
    print("ValueError:", e)
d2, w2, p2 = make_account(0)
print(d2(1), peek(), p2())
def gen_counter():
    count = 0
    def tick():
        nonlocal count
        count += 1
        return count
    tick()
    return tick, lambda: count
t, read = gen_counter()
t(); t()
print(read())

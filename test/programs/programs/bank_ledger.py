# covers: program.bank, lang.class.property_setter, lang.class.super, lang.stmt.try_else, traceback.user_exception, module.sys.exit
# Accounts with properties, class/static methods, transfers, and an uncaught error at the end.
import sys

class InsufficientFunds(Exception):
    pass

class AccountFrozen(RuntimeError):
    def __str__(self):
        return f"account {self.args[0]} is frozen"

class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.frozen = False
        self.history = []
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError(f"negative balance {v!r}")
        self._balance = v
    @classmethod
    def open(cls, owner, deposit):
        a = cls(owner)
        a.deposit(deposit)
        return a
    @staticmethod
    def fmt(x):
        return "{:>12,.2f}".format(x)
    def deposit(self, amt):
        if self.frozen:
            raise AccountFrozen(self.id)
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if self.frozen:
            raise AccountFrozen(self.id)
        if amt > self.balance:
            raise InsufficientFunds(f"{self.owner} needs {amt - self.balance:.2f} more")
        self.balance -= amt
        self.history.append(("wd", amt))
    def __repr__(self):
        return f"<{type(self).__name__} #{self.id} {self.owner} {self.balance:.2f}>"

class Savings(Account):
    rate = 0.02
    def add_interest(self, months=1):
        for _ in range(months):
            self.balance = round(self.balance * (1 + self.rate / 12), 2)
    def withdraw(self, amt):
        if len([h for h in self.history if h[0] == "wd"]) >= 3:
            raise InsufficientFunds("too many withdrawals")
        super().withdraw(amt)

def transfer(src, dst, amt):
    try:
        src.withdraw(amt)
    except InsufficientFunds as e:
        print("transfer failed:", e)
        return False
    else:
        dst.deposit(amt)
        return True
    finally:
        print(f"transfer {src.id}->{dst.id} {amt}")

a = Account.open("alice", 100)
b = Savings.open("bob", 1000)
print(a, b)
print(transfer(a, b, 50), transfer(a, b, 80))
for _ in range(4):
    transfer(b, a, 10)
b.add_interest(12)
print(a, b, Account.fmt(b.balance), Account.fmt(1234567.005))
a.frozen = True
for op in (lambda: a.deposit(5), lambda: b.deposit(-1), lambda: setattr(b, "balance", -3)):
    try:
        op()
    except (AccountFrozen, ValueError) as e:
        print(type(e).__name__, "|", e, "|", repr(e))
print(isinstance(b, Account), issubclass(Savings, Account), Savings.__mro__)
print(Savings.__name__, Savings.__bases__, type(b).rate, b.rate)
total = 0.0
s = Savings("carol", 0.0)
for i in range(1, 2001):
    s.deposit(i / 100)
    total += i / 100
print(f"{s.balance:.6f} {total:.6f} {s.balance == total}")
print(sys.exit.__name__)
try:
    sys.exit(3)
except SystemExit as e:
    print("exit code", e.code)
a.frozen = False
a.withdraw(10**6)

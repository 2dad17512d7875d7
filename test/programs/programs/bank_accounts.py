# covers: program.bank
"""Bank accounts: inheritance, properties, class/static methods, custom exceptions, a ledger."""

class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.shortfall = amount - account.balance


class FrozenAccount(BankError):
    pass


class Account:
    _next_number = 1000
    kind = "basic"

    def __init__(self, owner, opening=0):
        self.owner = owner
        self.number = Account._allocate()
        self._balance = 0
        self.frozen = False
        self.history = []
        if opening:
            self.deposit(opening, memo="opening")

    @classmethod
    def _allocate(cls):
        Account._next_number += 1
        return Account._next_number

    @staticmethod
    def validate(amount):
        if not isinstance(amount, (int, float)) or isinstance(amount, bool):
            raise TypeError(f"amount must be a number, not {type(amount).__name__}")
        if amount <= 0:
            raise ValueError("amount must be positive")
        return round(amount, 2)

    @property
    def balance(self):
        return self._balance

    def _record(self, kind, amount, memo):
        self.history.append((kind, amount, round(self._balance, 2), memo))

    def deposit(self, amount, memo=""):
        amount = self.validate(amount)
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen")
        self._balance = round(self._balance + amount, 2)
        self._record("dep", amount, memo)
        return self

    def withdraw(self, amount, memo=""):
        amount = self.validate(amount)
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen")
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance = round(self._balance - amount, 2)
        self._record("wd", amount, memo)
        return self

    def available(self):
        return self._balance

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, #{self.number}, {self.balance:.2f})"

    def __lt__(self, other):
        return self.balance < other.balance


class Savings(Account):
    kind = "savings"

    def __init__(self, owner, opening=0, rate=0.02):
        super().__init__(owner, opening)
        self.rate = rate

    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        if interest > 0:
            self.deposit(interest, memo="interest")


class Checking(Account):
    kind = "checking"
    FEE = 1.5

    def __init__(self, owner, opening=0, overdraft=100):
        super().__init__(owner, opening)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            self._balance = round(self._balance - self.FEE, 2)
            self._record("fee", self.FEE, "overdraft fee")


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        src.withdraw(amount, memo=f"to #{dst.number}")
        try:
            dst.deposit(amount, memo=f"from #{src.number}")
        except BankError:
            src.deposit(amount, memo="refund")
            raise

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)


bank = Bank("Pyta Savings & Loan")
alice = bank.open(Savings, "alice", 1000, rate=0.05)
bob = bank.open(Checking, "bob", 50)
carol = bank.open(Account, "carol")
print(alice, bob, carol)
bank.transfer(alice, bob, 200)
bob.withdraw(300, memo="rent")
print(bob.balance, bob.available())
operations = [
    lambda: bob.withdraw(100),
    lambda: carol.withdraw(1),
    lambda: alice.deposit(-5),
    lambda: alice.deposit("10"),
    lambda: alice.deposit(True),
]
for op in operations:
    try:
        op()
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "| short by", round(e.shortfall, 2))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
carol.frozen = True
try:
    bank.transfer(alice, carol, 10)
except FrozenAccount as e:
    print("FrozenAccount:", e)
bank.month_end()
for acct in sorted(bank.accounts.values()):
    print(f"{acct.kind:9} {acct!r}")
    for entry in acct.history:
        print("   ", entry)
print("bank total", bank.total(), "| richest:", max(bank.accounts.values()).owner)
print(isinstance(bob, Account), issubclass(Savings, Checking), Account.kind, Savings.validate(3.14159))

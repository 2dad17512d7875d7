# covers: traceback.method
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount

    def pay_all(self, bills):
        for b in bills:
            self.withdraw(b)

acct = Account(100)
acct.pay_all([30, 50])
print("balance", acct.balance)
acct.pay_all([10, 40])

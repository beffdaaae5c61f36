# A small object-oriented simulation with exceptions and a transaction log.
class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner, self.balance, self.log = owner, balance, []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds("%s has %d, needs %d" % (self.owner, self.balance, amount))
        self.balance -= amount
        self.log.append(("withdraw", amount))
def transfer(a, b, amount):
    a.withdraw(amount)
    b.deposit(amount)
alice, bob = Account("alice", 100), Account("bob")
for src, dst, amt in [(alice, bob, 30), (bob, alice, 50), (alice, bob, 70), (bob, alice, 0)]:
    try:
        transfer(src, dst, amt)
        print("ok", src.owner, "->", dst.owner, amt)
    except InsufficientFunds as e:
        print("failed:", e)
    except ValueError as e:
        print("invalid:", e)
print(alice.balance, bob.balance, alice.log, bob.log)

import sys


class InsufficientFunds(Exception):
    pass


class Account(object):
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds()
        self.balance -= amount
        self.history.append(-amount)

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)


def entry_point(argv):
    alice = Account("alice", 100)
    bob = Account("bob")
    alice.transfer(bob, 30 + len(argv))
    try:
        bob.transfer(alice, 1000)
    except InsufficientFunds:
        pass
    return alice.balance + bob.balance + len(alice.history)


if __name__ == "__main__":
    entry_point(sys.argv)

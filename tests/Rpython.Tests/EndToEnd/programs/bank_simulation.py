"""A bank simulation: accounts of several kinds (checking with an overdraft limit, savings
with interest in basis points, a frozen account), transfers that fail with exceptions carrying
details, a transaction log, monthly interest, and a final statement sorted by balance.
Money is in integer cents."""
from rpython.rlib.rfile import write_stdout


class BankError(Exception):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount


class InsufficientFunds(BankError):
    pass


class AccountFrozen(BankError):
    pass


class Account(object):
    kind = "account"

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def can_withdraw(self, amount):
        return self.balance >= amount

    def withdraw(self, amount):
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self.owner, amount)
        self.balance -= amount

    def deposit(self, amount):
        self.balance += amount

    def month_end(self):
        return 0


class Checking(Account):
    kind = "checking"

    def __init__(self, owner, balance, overdraft):
        Account.__init__(self, owner, balance)
        self.overdraft = overdraft

    def can_withdraw(self, amount):
        return self.balance + self.overdraft >= amount

    def month_end(self):
        if self.balance < 0:
            fee = 500
            self.balance -= fee
            return -fee
        return 0


class Savings(Account):
    kind = "savings"

    def __init__(self, owner, balance, rate_bp):
        Account.__init__(self, owner, balance)
        self.rate_bp = rate_bp

    def month_end(self):
        interest = self.balance * self.rate_bp // 10000 // 12
        self.balance += interest
        return interest


class Frozen(Account):
    kind = "frozen"

    def withdraw(self, amount):
        raise AccountFrozen(self.owner, amount)

    def deposit(self, amount):
        raise AccountFrozen(self.owner, amount)


def money(cents):
    sign = ""
    if cents < 0:
        sign = "-"
        cents = -cents
    return "%s%d.%02d" % (sign, cents // 100, cents % 100)


class Bank(object):
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, account):
        self.accounts[account.owner] = account

    def transfer(self, src, dst, amount):
        a = self.accounts[src]
        b = self.accounts[dst]
        try:
            a.withdraw(amount)
            try:
                b.deposit(amount)
            except BankError:
                a.deposit(amount)
                raise
        except InsufficientFunds as e:
            self.log.append("FAILED %s -> %s %s: %s lacks funds" % (src, dst, money(amount), e.account))
            return False
        except AccountFrozen as e:
            self.log.append("FAILED %s -> %s %s: %s is frozen" % (src, dst, money(amount), e.account))
            return False
        self.log.append("ok     %s -> %s %s" % (src, dst, money(amount)))
        return True


def entry_point(argv):
    bank = Bank()
    bank.open(Checking("alice", 10000, 5000))
    bank.open(Savings("bob", 250000, 450))
    bank.open(Account("carol", 500))
    bank.open(Frozen("dave", 99999))
    transfers = [("alice", "bob", 12000), ("alice", "carol", 4000), ("carol", "alice", 600),
                 ("bob", "carol", 100050), ("carol", "dave", 100), ("dave", "alice", 1), ("bob", "alice", 1)]
    done = 0
    for src, dst, amount in transfers:
        if bank.transfer(src, dst, amount):
            done += 1
    for line in bank.log:
        write_stdout(line + "\n")
    write_stdout("%d of %d transfers done\n" % (done, len(transfers)))
    for month in range(1, 4):
        changes = []
        for owner, acct in bank.accounts.items():
            delta = acct.month_end()
            if delta != 0:
                changes.append("%s %s" % (owner, money(delta)))
        write_stdout("month %d: %s\n" % (month, ", ".join(changes)))
    ranked = [(-acct.balance, owner) for owner, acct in bank.accounts.items()]
    ranked.sort()
    for neg, owner in ranked:
        acct = bank.accounts[owner]
        write_stdout("%-6s %-9s %12s\n" % (owner, acct.kind, money(-neg)))
    total = 0
    for acct in bank.accounts.values():
        total += acct.balance
    write_stdout("total %s\n" % money(total))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

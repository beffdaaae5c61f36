entry_point(argv: list(str(no_nul))) -> int
Account.__init__(self: instance of bank_account_methods.Account, owner: str(no_nul), balance: int(nonneg)) -> None
Account.transfer(self: instance of bank_account_methods.Account, other: instance of bank_account_methods.Account, amount: int(nonneg)) -> None
Account.withdraw(self: instance of bank_account_methods.Account, amount: int(nonneg)) -> None
Account.deposit(self: instance of bank_account_methods.Account, amount: int(nonneg)) -> None
class bank_account_methods.Account:
    balance: int
    history: list(int, resizable)
    owner: str(no_nul)
class bank_account_methods.InsufficientFunds(Exception):

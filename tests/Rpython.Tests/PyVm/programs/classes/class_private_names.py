# Double-underscore names are mangled with the class name; single underscore is a convention.
class Account:
    def __init__(self):
        self.__balance = 10
        self._note = "internal"
    def balance(self):
        return self.__balance
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = 99
a = Sub()
print(a.balance(), a._Account__balance, a._Sub__balance, a._note)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in vars(a)))

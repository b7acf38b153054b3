# NameError and AttributeError suggestions ("Did you mean") in the printed traceback.
class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, amount):
        self.balance += amount


acct = Account()
try:
    acct.depositt(5)
except AttributeError as e:
    print("message only:", e)
values = [1, 2]
try:
    valuse
except NameError as e:
    print("message only:", e)
acct.balanse

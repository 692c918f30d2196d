class Account:
    __rate = 0.05
    def __init__(self):
        self.__balance = 100
    def interest(self):
        return self.__balance * self.__rate
    def __private(self):
        return "hidden"
    def reveal(self):
        return self.__private()
a = Account()
print(a.interest(), a.reveal(), sorted(k for k in vars(a)), "_Account__rate" in Account.__dict__)
try:
    a.__balance
except AttributeError as e:
    print(e)

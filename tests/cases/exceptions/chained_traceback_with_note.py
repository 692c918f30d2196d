class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
def process(accounts, amounts):
    for acc, amt in zip(accounts, amounts):
        acc.withdraw(amt)
data = {"a": [1, 2, 3]}
try:
    print(data["a"][5])
except IndexError as e:
    print("caught:", e)
try:
    process([Account(10), Account(5)], [3, 8])
except ValueError as e:
    e.add_note("while processing batch 1")
    raise RuntimeError("batch failed") from e

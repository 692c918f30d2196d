def check(balance):
    assert balance >= 0, f"negative balance: {balance}"
check(5)
check(-3)

def make_bank():
    balance = 0
    history = []
    def deposit(n):
        nonlocal balance
        balance += n
        history.append(("in", n))
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError(f"insufficient: {balance}")
        balance -= n
        history.append(("out", n))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
dep, wd, rep = make_bank()
dep(100); wd(30); dep(5)
print(rep())
try:
    wd(1000)
except ValueError as e:
    print(e)
print(dep.__closure__ is not None, len(rep.__closure__), dep.__code__.co_freevars)
def counter_gen():
    count = 0
    def tick():
        nonlocal count
        count += 1
        return count
    return tick
t1, t2 = counter_gen(), counter_gen()
print(t1(), t1(), t2(), t1())

# Return values: implicit None, multiple values, early return, return in finally.
def nothing():
    pass

def bare():
    return

def many():
    return 1, "two", [3]

def early(n):
    for i in range(10):
        if i == n:
            return i * 100
    return "never"

def finally_wins():
    try:
        return "try"
    finally:
        print("finally runs")

print(nothing(), bare(), many(), early(3), early(20))
print(finally_wins())
a, b, c = many()
print(a, b, c)

def returns_function():
    def inner():
        return "inner result"
    return inner

print(returns_function()())

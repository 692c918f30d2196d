# Uncaught RecursionError in a recursive lambda bound to a global name.
fact = lambda n: n * fact(n - 1)
print(fact(3) if False else "starting")
fact(10)

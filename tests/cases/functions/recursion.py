# Recursive functions: factorial, fibonacci, ackermann, hanoi, mutual recursion.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

moves = []
def hanoi(n, a, b, c):
    if n:
        hanoi(n - 1, a, c, b)
        moves.append((a, c))
        hanoi(n - 1, b, a, c)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(fact(20), fact(30))
print([fib(i) for i in range(15)])
print(ack(2, 3))
hanoi(4, "A", "B", "C")
print(len(moves), moves[:5])
print(is_even(100), is_odd(77))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500))

def flatten(x):
    if isinstance(x, list):
        out = []
        for e in x:
            out.extend(flatten(e))
        return out
    return [x]

print(flatten([1, [2, [3, [4, [5]]]], [[6]]]))

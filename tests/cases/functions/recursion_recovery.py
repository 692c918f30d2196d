# After a RecursionError is caught the interpreter recurses normally again,
# and finally/except blocks run while unwinding.
import sys
cleanups = 0

def down(n):
    global cleanups
    try:
        return down(n + 1)
    finally:
        cleanups += 1

for attempt in range(3):
    cleanups = 0
    try:
        down(0)
    except RecursionError as e:
        print(attempt, e, cleanups)

def fact(n):
    return 1 if n < 2 else n * fact(n - 1)

print(fact(900) % 1000007)

def catches(n):
    try:
        return catches(n + 1)
    except RecursionError:
        return n

deepest = catches(0)
print(deepest > 900, deepest < 1000)
print(sys.getrecursionlimit())

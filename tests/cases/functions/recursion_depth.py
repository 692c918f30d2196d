# The default limit is 1000 frames, the module's included.
import sys
print(sys.getrecursionlimit())
depth = 0

def down():
    global depth
    depth += 1
    down()

try:
    down()
except RecursionError as e:
    print(depth, type(e).__name__, e)

def start_lower(n):
    if n:
        return start_lower(n - 1)
    global depth
    depth = 0
    try:
        down()
    except RecursionError:
        return depth

print(start_lower(10), start_lower(500))
print(sorted([3, 1, 2], key=lambda v: start_lower(0) + v))

def exact(n):
    return 0 if n == 0 else 1 + exact(n - 1)

print(exact(997))
try:
    exact(998)
except RecursionError as e:
    print("998:", e)

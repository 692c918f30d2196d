# sys.setrecursionlimit changes the depth at which RecursionError is raised.
import sys

def depth_reached():
    n = 0
    def down():
        nonlocal n
        n += 1
        down()
    try:
        down()
    except RecursionError:
        return n

print(depth_reached())
sys.setrecursionlimit(100)
print(sys.getrecursionlimit(), depth_reached())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth_reached())
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in (1.5, "10", None):
    try:
        sys.setrecursionlimit(bad)
    except TypeError as e:
        print("TypeError", e)
sys.setrecursionlimit(1000)
print(depth_reached())

def too_low():
    def deeper(n):
        if n == 0:
            sys.setrecursionlimit(5)
            return "unreachable"
        return deeper(n - 1)
    return deeper(20)

try:
    too_low()
except RecursionError as e:
    print("RecursionError", e)
print(sys.getrecursionlimit())

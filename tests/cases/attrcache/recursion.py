# Recursion limits hold for plain calls, method calls and property getters
# run inline by the eval loop, and the program continues after each.
import sys


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("plain:", e)


class R:
    @property
    def deep(self):
        return self.deep

    def method(self, n):
        return self.method(n + 1)


try:
    R().deep
except RecursionError as e:
    print("property:", e)

try:
    R().method(0)
except RecursionError as e:
    print("method:", e)


def depth_reached(limit):
    sys.setrecursionlimit(limit)
    count = 0

    def rec():
        nonlocal count
        count += 1
        rec()

    try:
        rec()
    except RecursionError:
        pass
    sys.setrecursionlimit(1000)
    return count


a, b = depth_reached(200), depth_reached(400)
print(b - a)


class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    @property
    def length(self):
        return 1 if self.nxt is None else 1 + self.nxt.length


n = None
for i in range(300):
    n = Node(n)
print(n.length)

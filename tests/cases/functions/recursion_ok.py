import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900), sys.getrecursionlimit())
def boom(n):
    return boom(n + 1)
try:
    boom(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(3000)
print(depth(2500))
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr recursion", e)
class E:
    def __eq__(self, other):
        return self == other
try:
    E() == E()
except RecursionError as e:
    print("eq recursion", e)

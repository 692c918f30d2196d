# With a low recursion limit the traceback is short and the repeat count small.
import sys
sys.setrecursionlimit(100)

def a(n):
    return b(n)

def b(n):
    return a(n) if n % 2 else b(n + 1)

a(0)

# With a very low recursion limit CPython's traceback module itself cannot run
# when the error reaches the top, and the built-in fallback prints the
# traceback without the caret lines.
import sys
sys.setrecursionlimit(30)

def a(n):
    return b(n)

def b(n):
    return a(n) if n % 2 else b(n + 1)

a(0)

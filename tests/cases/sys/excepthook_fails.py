# A hook that raises: CPython reports both exceptions.
import sys

def hook(t, v, tb):
    print("hook ran for", t.__name__)
    raise KeyError("in hook")

sys.excepthook = hook
def f():
    raise ValueError("original")
f()

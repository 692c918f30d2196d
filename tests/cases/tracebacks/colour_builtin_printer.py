# Below the depth CPython's traceback module needs, its built-in printer
# takes over: it never colours.
# env: FORCE_COLOR=1
import sys

sys.setrecursionlimit(40)
def fail():
    return 1 / 0

fail()

# A hook that fails, one that is not callable, none at all.
import sys

class C:
    def __del__(self):
        1 / 0

def bad(args):
    raise RuntimeError("hook broke")

sys.unraisablehook = bad
C()
print("after the failing hook")
sys.unraisablehook = 42
C()
print("after a hook that is not callable")
del sys.unraisablehook
C()
print("after no hook")
sys.unraisablehook = None
C()
print("end")

# An exception in __del__ or in a generator's close goes to sys.unraisablehook.
import sys

seen = []
def hook(args):
    seen.append(args)
    print("hook:", type(args).__name__, args.exc_type.__name__, args.exc_value, args.exc_traceback is not None,
          args.err_msg.split(" at 0x")[0], args.object)

sys.unraisablehook = hook

class C:
    def __del__(self):
        raise ValueError("in del")

C()

def gen():
    try:
        yield 1
    finally:
        raise KeyError("in finally")

g = gen()
next(g)
del g
a = seen[0]
T = type(a)
print(T.__name__, T.__module__, T.n_fields, T.n_sequence_fields, len(a), a[0], a[3] is a.err_msg)
print(sys.__unraisablehook__, sys.unraisablehook is hook)
print("end")

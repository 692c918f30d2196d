# A program's sys.excepthook gets the uncaught exception; the traceback is
# not printed then.
import sys

def hook(t, v, tb):
    print("hook:", t.__name__, v, type(tb).__name__, tb.tb_lineno)
    print(sys.excepthook is hook, sys.__excepthook__ is not hook)

sys.excepthook = hook
print(sys.__excepthook__, sys.excepthook is sys.__excepthook__)
raise ValueError("seen by the hook")

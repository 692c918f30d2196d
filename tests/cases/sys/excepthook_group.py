# An exception group and a chained exception reach the hook whole.
import sys

def hook(t, v, tb):
    print(t.__name__, repr(v), [repr(e) for e in getattr(v, "exceptions", ())])
    print(repr(v.__context__), repr(v.__cause__))
    sys.__excepthook__(t, v, tb)

sys.excepthook = hook
try:
    raise KeyError("inner")
except KeyError as e:
    raise ExceptionGroup("group", [ValueError(1), TypeError(2)]) from e

# importlib.reload runs a module's code again in the same module object.
import importlib
import sys

import counter
import state

print(counter.RUNS, state.runs)
counter.extra = "kept"
again = importlib.reload(counter)
print(again is counter, counter.RUNS, state.runs, counter.extra)
importlib.reload(counter)
print(state.runs)
for bad in [42, sys.modules["sys"].__class__("not_loaded")]:
    try:
        importlib.reload(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(importlib.reload(sys) is sys)
import pkg.child
print(importlib.reload(pkg.child) is pkg.child, state.runs)

from . import a
saw = (a.early, hasattr(a, "done"))
import cyc.a as again
print(again is a)

# An uncaught exception: its traceback first, then the handlers; status 1.
import atexit

atexit.register(print, "handler runs")
atexit.register(lambda: print("handler 2"))
print("before")
raise RuntimeError("main fails")

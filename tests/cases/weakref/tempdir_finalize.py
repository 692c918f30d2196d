# TemporaryDirectory cleans up implicitly through weakref.finalize: when it
# dies (even in a cycle, at the next collection) or at exit, with the
# other atexit handlers
import atexit
import gc
import os
import tempfile
import warnings

warnings.simplefilter("ignore", ResourceWarning)
gc.disable()

td = tempfile.TemporaryDirectory()
name = td.name
print(os.path.isdir(name))
del td
print("after del:", os.path.exists(name))

cyc = tempfile.TemporaryDirectory()
cyc.me = cyc
name = cyc.name
del cyc
print("in a cycle:", os.path.exists(name))
gc.collect()
print("after collect:", os.path.exists(name))

kept = tempfile.TemporaryDirectory(delete=False)
kept_name = kept.name
del kept
print("delete=False:", os.path.exists(kept_name))
os.rmdir(kept_name)

with tempfile.TemporaryDirectory() as path:
    open(os.path.join(path, "f"), "w").close()
print("with block:", os.path.exists(path))

explicit = tempfile.TemporaryDirectory()
explicit.cleanup()
explicit.cleanup()
print("explicit:", os.path.exists(explicit.name))

late = tempfile.TemporaryDirectory()
late_name = late.name
atexit.register(lambda: print("atexit after creation sees:", os.path.exists(late_name)))
print("end")

# The main thread and the module's view of the running threads.
import threading, _thread, os, re

t = threading.current_thread()
print(t is threading.main_thread(), type(t).__name__, t.name, t.daemon, t.is_alive())
print(t.ident == threading.get_ident() == _thread.get_ident(), t.ident > 0)
print(t.native_id == threading.get_native_id(), t.native_id > 0)
print(re.sub(r"\d+", "N", repr(t)))
print(threading.enumerate() == [t], threading.active_count())
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError", e)
t.name = "Boss"
print(t.name, threading.main_thread().name)
t.name = "MainThread"
print(isinstance(t, threading.Thread))

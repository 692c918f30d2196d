# The old camelCase names warn and still work.
import threading, warnings

warnings.simplefilter("always")
t = threading.Thread(name="old")
print(t.getName(), t.isDaemon())
t.setName("older")
t.setDaemon(True)
print(t.name, t.daemon)
print(threading.currentThread() is threading.current_thread())
print(threading.activeCount())
e = threading.Event()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()

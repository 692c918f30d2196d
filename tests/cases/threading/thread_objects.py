# Thread objects before they start: names, daemon flags, repr, join.
import threading

def work(a, b=0):
    print("work", a, b)

t = threading.Thread(target=work, args=(1,), kwargs={"b": 2})
print(t.name, repr(t), t.ident, t.native_id, t.is_alive(), t.daemon)
t2 = threading.Thread(daemon=True, name="svc")
print(repr(t2), t2.daemon)
t2.daemon = False
print(repr(t2))
print(threading.Thread(name=42).name, threading.Thread().name)
class Worker(threading.Thread):
    def run(self):
        print("run of", self.name)
w = Worker()
print(w.name)
w.run()
t.run()
try:
    t.run()
except AttributeError:
    print('the target is gone')
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError", e)
t.name = "renamed"
print(t.name, repr(t))

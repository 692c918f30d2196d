# Unpickler subclasses: find_class and persistent_load overrides, load()
# called repeatedly on one stream, and a missing __init__ call.
import io
import pickle


class Tracing(pickle.Unpickler):
    def find_class(self, module, name):
        print('find_class', module, name)
        return super().find_class(module, name)


buf = io.BytesIO()
for obj in [range(3), [len, len], {'c': complex(1, 1)}]:
    pickle.dump(obj, buf, 4)
buf.seek(0)
u = Tracing(buf)
for i in range(3):
    print(u.load())
try:
    u.load()
except EOFError as e:
    print('EOFError', e)


class NoInit(pickle.Unpickler):
    def __init__(self):
        pass


try:
    NoInit().load()
except pickle.UnpicklingError as e:
    print(e)


class Loud(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'pid:' + repr(pid)


print(Loud(io.BytesIO(b'(Pone\nK\x02Q\x85.')).load() if False else Loud(io.BytesIO(b'Pone\n.')).load())
print(Loud(io.BytesIO(b'K\x02Q.')).load())

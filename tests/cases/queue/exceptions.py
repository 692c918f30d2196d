# The module's exceptions and names.
import queue

print(queue.Empty.__module__, queue.Empty.__name__, queue.Empty.__mro__[1:])
print(queue.Full.__module__, queue.Full.__mro__[1:])
print(queue.Empty.__doc__)
print(queue.Full.__doc__)
print(queue.ShutDown.__doc__)
print(queue.__doc__)
print(sorted(queue.__all__))
print(queue.SimpleQueue.__module__, queue.Queue.__module__)
try:
    raise queue.Empty("nothing")
except Exception as e:
    print(repr(e), str(e))

# threading.excepthook with an ExceptHookArgs built by hand.
import threading, sys

t = threading.Thread(name="worker")
try:
    1 / 0
except ZeroDivisionError:
    kind, value, tb = sys.exc_info()
args = threading.ExceptHookArgs((kind, value, tb, t))
print(args.exc_type, args.exc_value, args.thread is t, len(args))
sys.stderr.flush()
threading.excepthook(args)
threading.excepthook(threading.ExceptHookArgs((SystemExit, SystemExit(1), None, t)))
try:
    threading.excepthook((1, 2, 3, 4))
except TypeError as e:
    print("TypeError", e)

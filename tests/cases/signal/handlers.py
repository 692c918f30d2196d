# Handlers written in Python: signal() returns the old one, getsignal()
# the current one; raise_signal() runs the handler at once, with the
# signal number and the running frame; an exception it raises propagates.
import signal

print(signal.getsignal(signal.SIGINT), repr(signal.getsignal(signal.SIGPIPE)))
print(repr(signal.getsignal(signal.SIGTERM)), signal.default_int_handler.__module__)
got = []


def handler(signum, frame):
    got.append((signum, frame.f_code.co_name, frame.f_lineno))


print(repr(signal.signal(signal.SIGUSR1, handler)))
print(signal.getsignal(signal.SIGUSR1) is handler)


def f():
    signal.raise_signal(signal.SIGUSR1)
    return "after"


print(f(), got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(repr(signal.getsignal(signal.SIGUSR1)), got)


def boom(signum, frame):
    raise RuntimeError("from the handler of %s" % signal.Signals(signum).name)


signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print("caught:", e)

signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("SIGINT ignored")
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raises KeyboardInterrupt")
signal.signal(signal.SIGUSR2, boom)
signal.raise_signal(signal.SIGUSR2)

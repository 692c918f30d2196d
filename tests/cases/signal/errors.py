# What signal() and friends refuse.
import signal

for bad in (0, 65, -1, 1000):
    try:
        signal.signal(bad, signal.SIG_DFL)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("x", 5, None):
    try:
        signal.signal(signal.SIGUSR1, bad)
    except TypeError as e:
        print("TypeError:", e)
for sig in (signal.SIGKILL, signal.SIGSTOP):
    try:
        signal.signal(sig, signal.SIG_IGN)
    except OSError as e:
        print("OSError:", e, e.errno)
for call in (lambda: signal.getsignal(0), lambda: signal.raise_signal(70), lambda: signal.raise_signal(-3),
             lambda: signal.pthread_sigmask(signal.SIG_BLOCK, [0]), lambda: signal.pthread_sigmask(99, [])):
    try:
        call()
    except (ValueError, OSError) as e:
        print(type(e).__name__ + ":", e)
try:
    signal.getsignal("2")
except TypeError as e:
    print("TypeError:", e)
try:
    signal.signal(signal.SIGINT)
except TypeError as e:
    print("TypeError:", e)

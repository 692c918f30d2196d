# alarm() and setitimer(): SIGALRM's handler runs in the middle of a sleep
# or of a busy loop, which its exception ends.
import signal
import time

fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(signal.Signals(s).name))
print(signal.setitimer(signal.ITIMER_REAL, 0.05))
time.sleep(0.5)
print(fired, signal.getitimer(signal.ITIMER_REAL))
print(signal.alarm(0), signal.alarm(100), signal.alarm(0))


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout("too slow")


signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
n = 0
try:
    while True:
        n += 1
except Timeout as e:
    print("Timeout:", e, n > 0)
print(signal.getitimer(signal.ITIMER_REAL))
interval = signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
while len(ticks) < 3:
    time.sleep(0.01)
signal.setitimer(signal.ITIMER_REAL, 0)
# a loaded machine may deliver one more tick before the timer stops
print(interval, ticks[:3], signal.getitimer(signal.ITIMER_REAL))

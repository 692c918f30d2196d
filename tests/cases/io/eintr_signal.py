# A read blocked on a pipe is interrupted by a signal: the handler runs,
# then the read goes on (PEP 475); a handler that raises ends the read.
import io
import os
import signal

r, w = os.pipe()
calls = []


def feed(signum, frame):
    calls.append(signum == signal.SIGALRM)
    os.write(w, b"fed by the handler")


signal.signal(signal.SIGALRM, feed)
signal.setitimer(signal.ITIMER_REAL, 0.05)
f = io.FileIO(r, "r", closefd=False)
print(f.read(6), calls)


def stop(signum, frame):
    raise TimeoutError("gave up")


signal.signal(signal.SIGALRM, stop)
print(f.read(12))
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    f.read(100)
except TimeoutError as e:
    print("interrupted:", e)
buffered = io.BufferedReader(io.FileIO(r, "r", closefd=False))
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    buffered.read(1)
except TimeoutError as e:
    print("buffered interrupted:", e)
text = open(r, closefd=False)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    text.readline()
except TimeoutError as e:
    print("text interrupted:", e)
os.close(w)
print(repr(f.read()), repr(text.read()))

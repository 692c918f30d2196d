# PEP 475: a blocking call interrupted by a signal runs the handler and is
# made again; a handler that raises ends the call with its exception.
import os, signal

r, w = os.pipe()

def write_back(signum, frame):
    print('handler ran for', signal.Signals(signum).name)
    os.write(w, b'written by the handler')

signal.signal(signal.SIGALRM, write_back)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(os.read(r, 100))

def fail(signum, frame):
    raise TimeoutError('interrupted')

signal.signal(signal.SIGALRM, fail)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    os.read(r, 100)
except TimeoutError as e:
    print(type(e).__name__, e)
pid = os.fork()
if pid == 0:
    signal.pause() if False else os.read(r, 1)
    os._exit(0)
signal.signal(signal.SIGALRM, lambda s, f: os.write(w, b'x'))
signal.setitimer(signal.ITIMER_REAL, 0.05)
got, status = os.waitpid(pid, 0)
print(got == pid, status)

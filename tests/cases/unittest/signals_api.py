# lib: utrun
# installHandler / removeHandler / registerResult / removeResult without a signal.
import signal
import unittest
import utrun

before = signal.getsignal(signal.SIGINT)
print(before is signal.default_int_handler)
unittest.installHandler()
handler = signal.getsignal(signal.SIGINT)
print(type(handler).__name__, handler.original_handler is before, handler.called)
unittest.installHandler()
print(signal.getsignal(signal.SIGINT) is handler)
r = unittest.TestResult()
unittest.registerResult(r)
print(unittest.removeResult(r), unittest.removeResult(r))
unittest.registerResult(r)
handler(signal.SIGINT, None)
print(r.shouldStop, handler.called)
try:
    handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("second interrupt raised KeyboardInterrupt")


@unittest.removeHandler
def without():
    return signal.getsignal(signal.SIGINT) is before


print(without(), signal.getsignal(signal.SIGINT) is handler)
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) is before)

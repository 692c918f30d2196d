# enum: signal's Signals, Handlers and Sigmasks are IntEnum classes.
import signal
from enum import IntEnum

print(repr(signal.SIGINT), str(signal.SIGINT), format(signal.SIGINT), signal.SIGINT + 0, signal.Signals.__mro__)
print(type(signal.Signals), repr(signal.SIG_DFL), repr(signal.SIG_BLOCK), isinstance(signal.SIGTERM, IntEnum))
print(signal.Signals(6), repr(signal.Signals['SIGIOT']), signal.SIGIOT.name, signal.Signals.SIGINT.__reduce_ex__(4))
print(list(signal.Handlers), list(signal.Sigmasks), signal.Signals.__module__, signal.Signals.__qualname__, signal.Signals.__doc__)
print(signal.Signals.SIGKILL in signal.Signals, 9 in signal.Signals, 999 in signal.Signals, signal.SIGCHLD is signal.Signals.SIGCHLD)
print(repr(signal.getsignal(signal.SIGINT)), repr(signal.getsignal(signal.SIGTERM)))
old = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
print(repr(old), repr(signal.getsignal(signal.SIGUSR1)))
try:
    signal.Signals(999)
except ValueError as e:
    print('ValueError', e)
print(sorted(signal.valid_signals())[:5])

# The signal module's numbers and their enumerations (Signals, Handlers,
# Sigmasks): reprs, str, lookups, aliases, iteration.
import signal

print(signal.SIGINT, repr(signal.SIGINT), type(signal.SIGINT), signal.SIGINT.name, signal.SIGINT.value)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIG_BLOCK), repr(signal.SIG_SETMASK))
print(str(signal.SIGTERM), f"{signal.SIGTERM}", f"{signal.SIGTERM:>4}", signal.SIGINT + 1, int(signal.SIGINT))
print(signal.SIGINT == 2, hash(signal.SIGINT) == hash(2), isinstance(signal.SIGINT, int))
print(signal.Signals, signal.Handlers, signal.Sigmasks, len(signal.Signals), len(signal.Handlers))
print(repr(signal.Signals(2)), repr(signal.Signals["SIGTERM"]), signal.Signals(15) is signal.SIGTERM)
print(repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL), signal.SIGIOT is signal.SIGABRT)
print(list(signal.Signals)[:6])
print([m.name for m in signal.Signals if m.value > 28])
print(sorted(signal.Signals.__members__)[:8], "SIGIOT" in signal.Signals.__members__)
print(6 in signal.Signals, 99 in signal.Signals, signal.SIGINT in signal.Signals)
print(signal.NSIG, repr(signal.ITIMER_REAL), signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(signal.SIGRTMIN, signal.SIGRTMAX)
print(signal.valid_signals() == set(signal.Signals), len(signal.valid_signals()))
print(sorted(signal.valid_signals())[:3], sorted(signal.valid_signals())[-3:])
for n in (1, 2, 9, 11, 15, 17, 40):
    print(n, signal.strsignal(n))
for bad in (lambda: signal.Signals(99), lambda: signal.strsignal(0), lambda: signal.strsignal(65)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    signal.Signals["SIGNOPE"]
except KeyError as e:
    print("KeyError:", e)

# pthread_sigmask and sigpending: a blocked signal waits, and its handler
# runs as soon as it is unblocked.
import signal

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
print(signal.pthread_sigmask(signal.SIG_BLOCK, []))
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1]))
signal.raise_signal(signal.SIGUSR1)
print(got, signal.sigpending())
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR1}), got)
print(signal.sigpending(), signal.pthread_sigmask(signal.SIG_SETMASK, []))
print(type(signal.pthread_sigmask(signal.SIG_BLOCK, [])))

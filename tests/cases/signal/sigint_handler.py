# A SIGINT handler written in Python stops a loop by itself; the program
# then ends normally.
# driver: sigint
import signal

stop = []


def on_interrupt(signum, frame):
    stop.append(signal.Signals(signum).name)


signal.signal(signal.SIGINT, on_interrupt)
print("ready", flush=True)
while not stop:
    pass
print("stopped by", stop)

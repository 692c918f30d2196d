# An exception in a profile function propagates and removes it.
import sys

calls = []

def prof(frame, event, arg):
    calls.append(event)
    if event == "call":
        raise ValueError("profiler failed")

def f():
    return 1

sys.setprofile(prof)
try:
    f()
except ValueError as e:
    print("caught", e)
print(sys.getprofile())
print(calls)

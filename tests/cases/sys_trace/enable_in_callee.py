# Tracing switched on inside a Python function the loop called: the caller
# goes on (untraced, as it started before) and what it calls next is traced,
# whichever safe point notices first (a call, a loop's back edge).
import sys

def tr(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    return tr

def enable():
    sys.settrace(tr)

def helper(i):
    return i * 2

def main():
    total = 0
    i = 0
    while i < 4:
        if i == 1:
            enable()
        total += i
        i += 1
        if i == 3:
            total += helper(i)
    return total

print(main())
sys.settrace(None)

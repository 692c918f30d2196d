# A recursive function: one 'call' and one 'return' per level.
import sys

depth = 0

def show(frame, event, arg):
    global depth
    if frame.f_code.co_name == "fact":
        if event == "return":
            depth -= 1
        print("  " * depth + event, frame.f_locals.get("n"), arg)
        if event == "call":
            depth += 1
    return show

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

sys.settrace(show)
print(fact(4))
sys.settrace(None)

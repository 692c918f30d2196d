# An exception nobody catches: 'exception' in each frame it passes through,
# 'return' with None as it leaves them, then the traceback.
import sys

def show(frame, event, arg):
    co = frame.f_code
    if co.co_filename == show.__code__.co_filename and co is not show.__code__:
        if event == "exception":
            arg = (arg[0].__name__, str(arg[1]))
        print(event, co.co_name, frame.f_lineno, arg, flush=True)
    return show

def a():
    return b()

def b():
    return 1 // 0

def main():
    x = 1
    a()

sys.settrace(show)
main()

# A trace function still set when the program ends sees the atexit handlers
# but not the objects that die afterwards.
import sys, atexit

def show(frame, event, arg):
    if frame.f_code.co_filename == show.__code__.co_filename:
        sys.stdout.write(f"{event} {frame.f_code.co_name}\n")
    return show

def bye():
    x = 1
    print("bye", x)

class Late:
    def __del__(self):
        y = 2

atexit.register(bye)
late = Late()

def f():
    return 1

sys.settrace(show)
f()

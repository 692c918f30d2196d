# setprofile: 'c_exception' when a built-in raises, then the exception's
# way out of the Python frames ('return' with None).
import sys

def prof(frame, event, arg):
    name = getattr(arg, "__name__", None) if event.startswith("c_") else repr(arg)
    if frame.f_code.co_filename == prof.__code__.co_filename or event.startswith("c_"):
        print(event, frame.f_code.co_name, name)

def inner():
    return int("x")

def outer():
    try:
        inner()
    except ValueError as e:
        return str(e)

sys.setprofile(prof)
outer()
try:
    len(5)
except TypeError:
    pass
sys.setprofile(None)

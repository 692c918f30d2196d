# 'exception' events where an exception is raised and where it passes into
# a caller; line events of except, else and finally clauses.
import sys

def show(frame, event, arg):
    co = frame.f_code
    if co.co_filename == show.__code__.co_filename and co is not show.__code__:
        if event == "exception":
            arg = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
        print(event, co.co_name, frame.f_lineno - co.co_firstlineno, arg)
    return show

def fail(x):
    if x:
        raise ValueError("bad %d" % x)
    return x

def handler():
    try:
        fail(1)
    except ValueError as e:
        r = str(e)
    else:
        r = "no"
    finally:
        r += "!"
    try:
        fail(0)
    except ValueError:
        r = "never"
    else:
        r += "else"
    try:
        try:
            {}["k"]
        finally:
            r += "f"
    except KeyError:
        r += "k"
    return r

sys.settrace(show)
print(handler())
sys.settrace(None)
